/*
 * builtins.c: the commands the shell runs itself because a child could not do their work:
 * cd (the shell's own directory), pwd (the directory the shell keeps), exit (the shell ends).
 * The shell keeps its working directory as a path, made from cd's arguments with "." and ".."
 * worked out, since VFS does not say where a process is.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

#define HOME "/home"

static char cwd[256] = "/";

const char *shell_cwd(void) {
    return cwd;
}

/* Appends path (relative to "/" or to cwd) to the kept directory in result, with "." and ".."
 * worked out; returns 0, or -1 when the result would not fit. */
static int join_path(const char *path, char *result, size_t size) {
    char work[256];
    if (snprintf(work, sizeof(work), "%s/%s", path[0] == '/' ? "" : cwd, path) >= (int) sizeof(work)) {
        return -1;
    }
    size_t len = 0;
    result[0] = '\0';
    for (char *part = strtok(work, "/"); part != NULL; part = strtok(NULL, "/")) {
        if (strcmp(part, ".") == 0) {
            continue;
        }
        if (strcmp(part, "..") == 0) {
            while (len > 0 && result[len - 1] != '/') {
                len--;
            }
            if (len > 0) {
                len--;               /* the slash before the last part */
            }
            result[len] = '\0';
            continue;
        }
        size_t n = strlen(part);
        if (len + 1 + n + 1 > size) {
            return -1;
        }
        result[len++] = '/';
        memcpy(result + len, part, n + 1);
        len += n;
    }
    if (len == 0) {
        strcpy(result, "/");
    }
    return 0;
}

static int builtin_cd(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : HOME;
    if (argc > 2) {
        fprintf(stderr, "cd: too many arguments\n");
        return 1;
    }
    char next[256];
    if (join_path(dir, next, sizeof(next)) < 0) {
        fprintf(stderr, "cd: %s: path too long\n", dir);
        return 1;
    }
    if (chdir(next) < 0) {
        fprintf(stderr, "cd: %s: %s\n", dir, strerror(errno));
        return 1;
    }
    strcpy(cwd, next);
    return 0;
}

static int builtin_pwd(int argc, char **argv) {
    (void) argc;
    (void) argv;
    printf("%s\n", cwd);
    return 0;
}

static int builtin_exit(int argc, char **argv) {
    int status = last_status;
    if (argc > 1) {
        char *end;
        long n = strtol(argv[1], &end, 10);
        if (*end != '\0' || end == argv[1]) {
            fprintf(stderr, "exit: %s: a number is needed\n", argv[1]);
            return 2;
        }
        status = (int) (n & 0xff);
    }
    fflush(stdout);
    exit(status);
    return status; /* not reached */
}

static const struct {
    const char *name;
    builtin_fn fn;
} builtins[] = {
    {"cd", builtin_cd},
    {"pwd", builtin_pwd},
    {"exit", builtin_exit},
};

builtin_fn find_builtin(const char *name) {
    for (unsigned i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++) {
        if (strcmp(name, builtins[i].name) == 0) {
            return builtins[i].fn;
        }
    }
    return NULL;
}
