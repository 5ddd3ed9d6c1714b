/*
 * exit.c: a process ends (MINIX's servers/pm/forkexit.c, exit part). PM asks the kernel to clear
 * the slot (which also wakes whoever was blocked on the process) and forgets it. The exiting
 * process gets no reply. Later: tell VFS to close its files, keep a zombie for wait().
 */
#include <minix/syslib.h>
#include "pm.h"

/* m1_i1 the exit status. */
int do_exit(void) {
    mp->mp_exitstatus = m_in.m1_i1 & 0xff;
    mp->mp_flags |= EXITING;
    int r = sys_clear(mp->mp_endpoint, mp->mp_exitstatus);
    if (r != OK) {
        panic("pm: sys_clear of %d failed: %d", mp->mp_endpoint, r);
    }
    mp->mp_flags = 0;
    return EDONTREPLY;
}
