/*
 * pipe.c: pipe(), a message to VFS (VFS_PIPE2: m1_i1 the flags; the reply's m1_i1 and m1_i2
 * are the read and write descriptors). Until VFS has pipes it answers ENOSYS.
 */
#include <string.h>
#include <unistd.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include "libc.h"

int pipe(int fds[2]) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = 0;
    int r = _syscall(VFS_PROC_NR, VFS_PIPE2, (struct __minnow_message *) &m);
    if (r < 0) {
        return -1;
    }
    fds[0] = m.m1_i1;
    fds[1] = m.m1_i2;
    return 0;
}
