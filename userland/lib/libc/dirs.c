/*
 * dirs.c: the system calls on names and directories, each a message to VFS (minix/callnr.h
 * and servers/vfs/link.c have the fields): unlink, rmdir, mkdir, chdir, link, rename, remove,
 * sync, getdents, pipe, pipe2; and opendir/readdir/closedir over getdents.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include "libc.h"

static int to_vfs(int type, message *m) {
    return _syscall(VFS_PROC_NR, type, (struct __minnow_message *) m);
}

/* A call whose only argument is a path (m1_p1, m1_i1), with m1_i2 as given. */
static int path_call(int type, const char *path, int arg) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_p1 = (char *) path;
    m.m1_i1 = (int) strlen(path) + 1;
    m.m1_i2 = arg;
    return to_vfs(type, &m) < 0 ? -1 : 0;
}

/* A call on two paths: m1_p1/m1_i1 and m1_p2/m1_i2. */
static int two_paths(int type, const char *from, const char *to) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_p1 = (char *) from;
    m.m1_i1 = (int) strlen(from) + 1;
    m.m1_p2 = (char *) to;
    m.m1_i2 = (int) strlen(to) + 1;
    return to_vfs(type, &m) < 0 ? -1 : 0;
}

int unlink(const char *path) {
    return path_call(VFS_UNLINK, path, 0);
}

int rmdir(const char *path) {
    return path_call(VFS_RMDIR, path, 0);
}

int mkdir(const char *path, mode_t mode) {
    return path_call(VFS_MKDIR, path, (int) mode);
}

int chdir(const char *path) {
    return path_call(VFS_CHDIR, path, 0);
}

int link(const char *path, const char *newpath) {
    return two_paths(VFS_LINK, path, newpath);
}

int rename(const char *from, const char *to) {
    return two_paths(VFS_RENAME, from, to);
}

/* A file with unlink, a directory with rmdir (C's remove). */
int remove(const char *path) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        return rmdir(path);
    }
    return unlink(path);
}

void sync(void) {
    message m;
    memset(&m, 0, sizeof(m));
    to_vfs(VFS_SYNC, &m);
}

int getdents(int fd, char *buf, size_t size) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = fd;
    m.m1_p1 = buf;
    m.m1_i2 = (int) size;
    return to_vfs(VFS_GETDENTS, &m);
}

/* flags: O_NONBLOCK or 0. fds[0] is the read end, fds[1] the write end. */
int pipe2(int fds[2], int flags) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = flags;
    if (to_vfs(VFS_PIPE2, &m) < 0) {
        return -1;
    }
    fds[0] = m.m1_i1;
    fds[1] = m.m1_i2;
    return 0;
}

int pipe(int fds[2]) {
    return pipe2(fds, 0);
}

DIR *opendir(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    DIR *dir = malloc(sizeof(DIR));
    if (dir == NULL) {
        close(fd);
        errno = ENOMEM;
        return NULL;
    }
    dir->dd_fd = fd;
    dir->dd_next = 0;
    dir->dd_size = 0;
    return dir;
}

struct dirent *readdir(DIR *dir) {
    if (dir->dd_next >= dir->dd_size) {
        int n = getdents(dir->dd_fd, dir->dd_buf, sizeof(dir->dd_buf));
        if (n <= 0) {
            return NULL;
        }
        dir->dd_size = n;
        dir->dd_next = 0;
    }
    struct dirent *d = (struct dirent *) (dir->dd_buf + dir->dd_next);
    dir->dd_next += d->d_reclen;
    return d;
}

int closedir(DIR *dir) {
    int r = close(dir->dd_fd);
    free(dir);
    return r;
}
