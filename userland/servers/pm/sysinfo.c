/*
 * sysinfo.c: getsysinfo (PM_GETSYSINFO), PM's tables for programs such as ps. For SI_PROC_TAB
 * it answers one struct pm_procinfo per process in use, in slot order: the pid, parent and
 * endpoint from PM's table, the name and whether it is blocked in IPC from the kernel's copy
 * of the process (SYS_GETINFO GET_PROC). Fields: minix/sysinfo.h.
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/sysinfo.h>
#include "pm.h"

/* Where the kernel's struct proc keeps these (ProcTable.java: RTS_FLAGS, NAME, SIZE). */
#define PROC_RTS_FLAGS 128
#define PROC_NAME      240
#define PROC_SIZE      320
#define RTS_SENDING    0x04
#define RTS_RECEIVING  0x08

static char proc_copy[PROC_SIZE];
static struct pm_procinfo table[NR_PROCS];

/* Fills info for the process in slot p; returns 0, or -1 when the kernel does not know it. */
static int describe(int p, struct pm_procinfo *info) {
    struct mproc *rmp = &mproc[p];
    memset(info, 0, sizeof(*info));
    info->pid = rmp->mp_pid;
    info->ppid = mproc[rmp->mp_parent].mp_pid;
    info->endpoint = rmp->mp_endpoint;
    info->system = (rmp->mp_flags & PRIV_PROC) != 0;
    if (rmp->mp_flags & ZOMBIE) {
        info->state = 'Z';
        strcpy(info->name, "<zombie>");
        return 0;
    }
    if (sys_getinfo(GET_PROC, proc_copy, sizeof(proc_copy), rmp->mp_endpoint) != OK) {
        return -1;
    }
    memcpy(info->name, proc_copy + PROC_NAME, sizeof(info->name) - 1);
    int rts;
    memcpy(&rts, proc_copy + PROC_RTS_FLAGS, sizeof(rts));
    if (rmp == mp) {
        info->state = 'R';   /* the caller: it waits for this answer, but it is the one running */
    } else if (rmp->mp_flags & WAITING) {
        info->state = 'W';
    } else if (rts & (RTS_SENDING | RTS_RECEIVING)) {
        info->state = 'S';
    } else {
        info->state = 'R';
    }
    return 0;
}

/* m1_i1 what, m1_p1 the buffer, m1_i2 its size; reply: the number of entries copied. */
int do_getsysinfo(void) {
    if (m_in.m1_i1 != SI_PROC_TAB || m_in.m1_i2 < 0) {
        return EINVAL;
    }
    int max = m_in.m1_i2 / (int) sizeof(struct pm_procinfo);
    int n = 0;
    for (int p = 0; p < NR_PROCS && n < max; p++) {
        if ((mproc[p].mp_flags & IN_USE) && describe(p, &table[n]) == 0) {
            n++;
        }
    }
    if (n > 0 && sys_vircopy(SELF, (vir_bytes) table, mp->mp_endpoint, (vir_bytes) m_in.m1_p1,
            (vir_bytes) n * sizeof(struct pm_procinfo)) != OK) {
        return EFAULT;
    }
    return n;
}
