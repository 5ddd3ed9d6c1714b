/*
 * misc.c: the small calls: getpid (and the parent's pid), brk, and the answer to calls PM
 * does not have.
 */
#include <minix/syslib.h>
#include "pm.h"

/* Reply: the pid; m1_i1 the parent's pid. */
int do_getpid(void) {
    m_in.m1_i1 = mproc[mp->mp_parent].mp_pid;
    return mp->mp_pid;
}

/* m1_p1 the new break (0: ask). Minnow's kernel keeps the page tables, so PM asks it. */
int do_brk(void) {
    vir_bytes now = 0;
    int r = sys_vmctl_brk(mp->mp_endpoint, (vir_bytes) m_in.m1_p1, &now);
    m_in.m1_p1 = (char *) now;
    return r;
}

int no_sys(void) {
    return ENOSYS;
}
