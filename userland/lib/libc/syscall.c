/*
 * syscall.c: the one door of a user process into the system: SENDREC a message to PM or VFS.
 * The reply's m_type is the result; a negative one is an error code, which becomes errno (made
 * positive) and -1, as MINIX's libc does it.
 */
#include <errno.h>
#include <minix/ipc.h>
#include "libc.h"

int _syscall(int who, int type, struct __minnow_message *msg) {
    message *m = (message *) msg;
    m->m_type = type;
    int r = _sendrec(who, m);
    if (r == 0) {
        r = m->m_type;
    }
    if (r < 0) {
        errno = -r;
        return -1;
    }
    return r;
}
