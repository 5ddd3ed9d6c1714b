/*
 * service.c: PM's calls for RS, which starts and stops the system services (MINIX's
 * PM_SRV_FORK and PM_SRV_KILL). A service is a child of RS that PM records like any process
 * (a pid, VFS's descriptors), but only RS may create or end it. Services never become
 * zombies: RS learns of an end from the kernel (a signal) or from its heartbeat, and collects
 * the status with PM_SRV_KILL.
 */
#include <string.h>
#include <sys/wait.h>
#include <minix/syslib.h>
#include "pm.h"

/*
 * PM_SRV_FORK: a copy of RS in a free slot, without privileges (the kernel gives a system
 * parent's child none: it cannot run until RS gives them and execs it). Reply: the pid, and
 * m1_i1 the child's endpoint. The child gets no reply; RS's exec ends its wait.
 */
int do_srv_fork(void) {
    if (m_in.m_source != RS_PROC_NR) {
        return EPERM;
    }
    int slot = free_slot();
    if (slot < 0) {
        return EAGAIN;
    }
    endpoint_t child;
    int r = sys_fork(mp->mp_endpoint, slot, &child, NULL);
    if (r != OK) {
        return r;
    }
    struct mproc *rmc = &mproc[slot];
    memset(rmc, 0, sizeof(*rmc));
    rmc->mp_flags = IN_USE | PRIV_PROC;
    rmc->mp_endpoint = child;
    rmc->mp_pid = next_pid++;
    rmc->mp_parent = who_p;
    tell_vfs(VFS_PM_FORK, mp->mp_endpoint, child);
    m_in.m1_i1 = child;
    return rmc->mp_pid;
}

/*
 * PM_SRV_KILL: m1_i1 a service's endpoint, m1_i2 the signal. A live service is ended with the
 * signal (VFS closes its files, the kernel clears it); one that had exited already is only
 * collected. Either way its slot is free afterwards. Reply: OK and m1_i2 the wait status
 * (exit code << 8 | signal). ESRCH: no such process; EPERM: not a service, or not from RS.
 */
int do_srv_kill(void) {
    if (m_in.m_source != RS_PROC_NR) {
        return EPERM;
    }
    struct mproc *target = proc_of(m_in.m1_i1);
    if (target == NULL) {
        return ESRCH;
    }
    if (!(target->mp_flags & PRIV_PROC) || target == mp) {
        return EPERM;
    }
    if (!(target->mp_flags & ZOMBIE)) {
        exit_proc(target, W_EXITCODE(0, m_in.m1_i2 & 0x7f));
    }
    m_in.m1_i2 = target->mp_status;
    memset(target, 0, sizeof(*target));
    return OK;
}
