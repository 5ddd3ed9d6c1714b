/* strerror.c: a message for each error number of errno.h. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *const messages[] = {
    "no error",
    "operation not permitted",
    "no such file or directory",
    "no such process",
    "interrupted function call",
    "input/output error",
    "no such device or address",
    "argument list too long",
    "exec format error",
    "bad file descriptor",
    "no child processes",
    "resource temporarily unavailable",
    "not enough space",
    "permission denied",
    "bad address",
    "block device required",
    "resource busy",
    "file exists",
    "improper link",
    "no such device",
    "not a directory",
    "is a directory",
    "invalid argument",
    "too many open files in system",
    "too many open files",
    "inappropriate I/O control operation",
    "text file busy",
    "file too large",
    "no space left on device",
    "invalid seek",
    "read-only file system",
    "too many links",
    "broken pipe",
    "domain error",
    "result too large",
    "resource deadlock avoided",
    "file name too long",
    "no locks available",
    "function not implemented",
    "directory not empty",
};

/* Returns the message for error; numbers without one get "unknown error N" in a static buffer. */
char *strerror(int error) {
    static char unknown[32];
    if (error >= 0 && error < (int)(sizeof messages / sizeof messages[0])) {
        return (char *)messages[error];
    }
    snprintf(unknown, sizeof unknown, "unknown error %d", error);
    return unknown;
}
