/*
 * files.c: the system calls on files, each a message to VFS (minix/callnr.h has the fields):
 * open, creat, read, write, close, lseek, dup, dup2, fcntl, fstat, stat, isatty.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include "libc.h"

#define VFS VFS_PROC_NR

static int to_vfs(int type, message *m) {
    return _syscall(VFS, type, (struct __minnow_message *) m);
}

int open(const char *path, int flags, ...) {
    int mode = 0;
    if (flags & O_CREAT) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, int);
        va_end(args);
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_p1 = (char *) path;
    m.m1_i1 = (int) strlen(path) + 1;
    m.m1_i2 = flags;
    m.m1_i3 = mode;
    return to_vfs(VFS_OPEN, &m);
}

int creat(const char *path, mode_t mode) {
    return open(path, O_WRONLY | O_CREAT | O_TRUNC, (int) mode);
}

ssize_t read(int fd, void *buffer, size_t count) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = fd;
    m.m1_p1 = buffer;
    m.m1_i2 = (int) count;
    return to_vfs(VFS_READ, &m);
}

ssize_t write(int fd, const void *buffer, size_t count) {
    if (__console_write_hook != NULL && (fd == 1 || fd == 2)) {
        return __console_write_hook(buffer, (int) count);
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = fd;
    m.m1_p1 = (char *) buffer;
    m.m1_i2 = (int) count;
    return to_vfs(VFS_WRITE, &m);
}

int close(int fd) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = fd;
    return to_vfs(VFS_CLOSE, &m);
}

/* The offset travels in m2_ll1; the new position comes back there too. */
off_t lseek(int fd, off_t offset, int whence) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m2_i1 = fd;
    m.m2_ll1 = offset;
    m.m2_i2 = whence;
    if (to_vfs(VFS_LSEEK, &m) < 0) {
        return -1;
    }
    return m.m2_ll1;
}

int dup(int fd) {
    return dup2(fd, -1);
}

/* fd2 = -1: the lowest free descriptor (that is dup). */
int dup2(int fd, int fd2) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = fd;
    m.m1_i2 = fd2;
    return to_vfs(VFS_COPYFD, &m);
}

int fcntl(int fd, int cmd, ...) {
    va_list args;
    va_start(args, cmd);
    int arg = va_arg(args, int);
    va_end(args);
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = fd;
    m.m1_i2 = cmd;
    m.m1_i3 = arg;
    return to_vfs(VFS_FCNTL, &m);
}

int fstat(int fd, struct stat *buf) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = fd;
    m.m1_p1 = (char *) buf;
    return to_vfs(VFS_FSTAT, &m) < 0 ? -1 : 0;
}

int stat(const char *path, struct stat *buf) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_p1 = (char *) path;
    m.m1_i1 = (int) strlen(path) + 1;
    m.m1_p2 = (char *) buf;
    return to_vfs(VFS_STAT, &m) < 0 ? -1 : 0;
}

int isatty(int fd) {
    struct stat st;
    if (fstat(fd, &st) < 0) {
        return 0;
    }
    if (!S_ISCHR(st.st_mode) || major(st.st_rdev) != TTY_MAJOR) {
        errno = ENOTTY;
        return 0;
    }
    return 1;
}
