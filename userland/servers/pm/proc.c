/*
 * proc.c: PM's process table. At start PM asks the kernel which slots hold a process (the boot
 * image) and gives each a pid: init gets 1, the others 2, 3, ... in slot order; PM is the parent
 * of them all (and its own). Boot processes whose signals PM manages (a lesson's programs) are
 * ordinary processes; the others are services, which RS manages. A request from
 * an endpoint PM does not know names a process that has died, and gets no answer.
 */
#include <string.h>
#include <minix/syslib.h>
#include "pm.h"

struct mproc mproc[NR_PROCS];
pid_t next_pid = 2;

/* Room for one struct proc as the kernel copies it (ProcTable.SIZE bytes), or one struct priv. */
static char proc_buffer[512];

/* struct priv's s_sig_mgr: at byte 16 (PrivTable.java) */
#define PRIV_S_SIG_MGR 16

/* Whether boot process p is a service, whose signals RS manages, rather than a process whose
 * signals PM manages (init, a lesson's program): only the latter fork and exit through PM. */
static int is_service(int p) {
    endpoint_t manager;
    if (sys_getinfo(GET_PRIV, proc_buffer, sizeof(proc_buffer), p) != OK) {
        return 1;
    }
    memcpy(&manager, proc_buffer + PRIV_S_SIG_MGR, sizeof(manager));
    return manager != PM_PROC_NR;
}

void proc_init(void) {
    for (int p = 0; p < NR_PROCS; p++) {
        if (sys_getinfo(GET_PROC, proc_buffer, sizeof(proc_buffer), p) != OK) {
            continue; /* not a live process */
        }
        struct mproc *rmp = &mproc[p];
        rmp->mp_flags = IN_USE;
        rmp->mp_endpoint = p; /* generation 0 at boot */
        rmp->mp_pid = p == INIT_PROC_NR ? 1 : next_pid++;
        rmp->mp_parent = PM_PROC_NR; /* the boot processes are PM's children, as in MINIX */
        if (p != INIT_PROC_NR && is_service(p)) {
            rmp->mp_flags |= PRIV_PROC;
        }
    }
}

struct mproc *proc_of(endpoint_t e) {
    int p = _ENDPOINT_P(e);
    if (p < 0 || p >= NR_PROCS) {
        return NULL;
    }
    struct mproc *rmp = &mproc[p];
    if (!(rmp->mp_flags & IN_USE) || rmp->mp_endpoint != e) {
        return NULL;
    }
    return rmp;
}

/* The live (not zombie) process with this pid, or NULL. */
struct mproc *proc_by_pid(pid_t pid) {
    for (int p = 0; p < NR_PROCS; p++) {
        if ((mproc[p].mp_flags & (IN_USE | ZOMBIE)) == IN_USE && mproc[p].mp_pid == pid) {
            return &mproc[p];
        }
    }
    return NULL;
}

/* A slot for a new process: the first free one after init's (the lower ones are the boot
 * image's), or -1 when the table is full. */
int free_slot(void) {
    for (int p = INIT_PROC_NR + 1; p < NR_PROCS; p++) {
        if (!(mproc[p].mp_flags & IN_USE)) {
            return p;
        }
    }
    return -1;
}
