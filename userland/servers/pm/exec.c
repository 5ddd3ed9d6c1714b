/*
 * exec.c: exec (PM_EXEC). PM reads the executable through VFS like any program (open, fstat,
 * read into memory from its heap), copies the caller's arguments, and asks the kernel
 * (SYS_EXEC) to give the caller the new program: Minnow's kernel builds the address space
 * itself, where MINIX's VFS and VM share that work. The caller gets no reply when it works
 * (it starts afresh in the new program); otherwise the reply is the error and it goes on.
 * A relative path is taken from the root, not from the caller's directory (PM has no view of
 * it); the shell and init always give absolute ones.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <minix/syslib.h>
#include "pm.h"

#define EXEC_PATH_MAX 256
#define EXEC_ARGS_MAX 1024           /* as libc's execve packs them */
#define EXEC_FILE_MAX (4 << 20)      /* the kernel's limit (DoExec.MAX_ELF_BYTES) */

static char path[EXEC_PATH_MAX];
static char args[EXEC_ARGS_MAX];

/* Reads the whole file at path into a new block of *size bytes; returns it, or NULL with
 * *error set. */
static char *read_executable(size_t *size, int *error) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        *error = -errno;
        return NULL;
    }
    struct stat st;
    char *elf = NULL;
    *error = ENOEXEC;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size <= EXEC_FILE_MAX) {
        elf = malloc((size_t) st.st_size);
        *error = ENOMEM;
    }
    size_t done = 0;
    while (elf != NULL && done < (size_t) st.st_size) {
        ssize_t n = read(fd, elf + done, (size_t) st.st_size - done);
        if (n <= 0) {
            free(elf);
            elf = NULL;
            *error = EIO;
        } else {
            done += (size_t) n;
        }
    }
    close(fd);
    *size = done;
    return elf;
}

/* m1_p1 path, m1_i1 its length with the NUL; m1_p2 the arguments ("a\0b\0\0"), m1_i2 their length. */
int do_exec(void) {
    int path_len = m_in.m1_i1;
    int args_len = m_in.m1_i2;
    if (path_len < 2 || path_len > EXEC_PATH_MAX || args_len < 2 || args_len > EXEC_ARGS_MAX) {
        return path_len > EXEC_PATH_MAX ? ENAMETOOLONG : args_len > EXEC_ARGS_MAX ? E2BIG : EINVAL;
    }
    if (sys_vircopy(mp->mp_endpoint, (vir_bytes) m_in.m1_p1, SELF, (vir_bytes) path, (vir_bytes) path_len) != OK
            || sys_vircopy(mp->mp_endpoint, (vir_bytes) m_in.m1_p2, SELF, (vir_bytes) args, (vir_bytes) args_len) != OK) {
        return EFAULT;
    }
    path[path_len - 1] = '\0';
    int error;
    size_t size;
    char *elf = read_executable(&size, &error);
    if (elf == NULL) {
        return error;
    }
    const char *slash = strrchr(path, '/');
    int r = sys_exec(mp->mp_endpoint, elf, size, args, (size_t) args_len, slash == NULL ? path : slash + 1);
    free(elf);
    return r == OK ? EDONTREPLY : r;
}
