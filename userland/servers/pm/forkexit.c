/*
 * forkexit.c: processes begin and end (MINIX's servers/pm/forkexit.c). fork copies the caller
 * into a free slot (SYS_FORK) and tells VFS to copy its descriptors; exit tells VFS to close
 * them, has the kernel clear the slot (which wakes whoever was blocked on the process), and
 * keeps a zombie with the status until the parent waits for it. Children of an ending process
 * go to init.
 */
#include <string.h>
#include <sys/wait.h>
#include <minix/syslib.h>
#include "pm.h"

/*
 * Tells VFS about a process (VFS_PM_FORK, VFS_PM_EXIT); VFS always answers at once. An exec's
 * answer (sent by asynsend) may come first: it is kept for the main loop (exec_stash).
 */
void tell_vfs(int type, endpoint_t a, endpoint_t b) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = type;
    m.m1_i1 = a;
    m.m1_i2 = b;
    int r = _sendrec(VFS_PROC_NR, &m);
    while (r == OK && m.m_type == VFS_PM_EXEC_REPLY) {
        exec_stash(&m);
        r = _receive(VFS_PROC_NR, &m, NULL);
    }
    if (r != OK) {
        panic("pm: VFS did not answer message 0x%x: %d", type, r);
    }
}

/* Reply to the parent: the child's pid; the child (which waits in the same call) gets 0. */
int do_fork(void) {
    if (mp->mp_flags & PRIV_PROC) {
        return EPERM; /* services are started by RS */
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
    rmc->mp_flags = IN_USE;
    rmc->mp_endpoint = child;
    rmc->mp_pid = next_pid++;
    rmc->mp_parent = who_p;
    memcpy(rmc->mp_sigact, mp->mp_sigact, sizeof(rmc->mp_sigact)); /* the child inherits the actions */
    rmc->mp_sigreturn = mp->mp_sigreturn;
    tell_vfs(VFS_PM_FORK, mp->mp_endpoint, child);
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = 0;
    reply(child, &m);
    return rmc->mp_pid;
}

/* Whether the waiting parent rmp waits for the child rmc. */
static int waits_for(struct mproc *rmp, struct mproc *rmc) {
    return (rmp->mp_flags & WAITING) && (rmp->mp_wpid == -1 || rmp->mp_wpid == rmc->mp_pid);
}

/* Hands a zombie's status to its parent and frees the slot. */
static void reap(struct mproc *parent, struct mproc *zombie) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = zombie->mp_pid;
    m.m1_i2 = zombie->mp_status;
    parent->mp_flags &= ~WAITING;
    reply(parent->mp_endpoint, &m);
    memset(zombie, 0, sizeof(*zombie));
}

/*
 * Ends a process with a wait status (exit code << 8 | signal): VFS closes its files, the kernel
 * clears it, its children go to init, and it stays a zombie until its parent waits.
 */
void exit_proc(struct mproc *rmp, int status) {
    int slot = (int) (rmp - mproc);
    tell_vfs(VFS_PM_EXIT, rmp->mp_endpoint, 0);
    /* The event stream carries the exit code, or the signal that ended it (DoClear's m1_i2). */
    int r = sys_clear(rmp->mp_endpoint, WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    if (r != OK) {
        panic("pm: sys_clear of %d failed: %d", rmp->mp_endpoint, r);
    }
    rmp->mp_flags = (rmp->mp_flags & ~(WAITING | EXEC_WAIT)) | ZOMBIE; /* an exec it waited in is dropped */
    rmp->mp_status = status;
    struct mproc *init = &mproc[INIT_PROC_NR];
    for (int p = 0; p < NR_PROCS; p++) {
        struct mproc *rmc = &mproc[p];
        if ((rmc->mp_flags & IN_USE) && rmc->mp_parent == slot && p != slot) {
            rmc->mp_parent = INIT_PROC_NR;
            if ((rmc->mp_flags & ZOMBIE) && waits_for(init, rmc)) {
                reap(init, rmc);
            }
        }
    }
    struct mproc *parent = &mproc[rmp->mp_parent];
    if (waits_for(parent, rmp)) {
        reap(parent, rmp);
    }
}

/* m1_i1 the exit status. The caller gets no reply: it is gone. A service exits through the
 * kernel to RS (libsys's sef_startup arranges it), never here. */
int do_exit(void) {
    if (mp->mp_flags & PRIV_PROC) {
        return EPERM;
    }
    exit_proc(mp, W_EXITCODE(m_in.m1_i1 & 0xff, 0));
    return EDONTREPLY;
}

/* m1_i1 the pid (-1: any child), m1_i2 the options (WNOHANG); reply: pid, m1_i2 the status. */
int do_waitpid(void) {
    pid_t pid = m_in.m1_i1;
    int children = 0;
    for (int p = 0; p < NR_PROCS; p++) {
        struct mproc *rmc = &mproc[p];
        if (!(rmc->mp_flags & IN_USE) || rmc->mp_parent != who_p || p == who_p) {
            continue;
        }
        if (pid != -1 && rmc->mp_pid != pid) {
            continue;
        }
        children++;
        if (rmc->mp_flags & ZOMBIE) {
            mp->mp_flags |= WAITING;
            mp->mp_wpid = pid;
            reap(mp, rmc);
            return SUSPEND; /* reap has answered */
        }
    }
    if (children == 0) {
        return ECHILD;
    }
    if (m_in.m1_i2 & WNOHANG) {
        return 0;
    }
    mp->mp_flags |= WAITING;
    mp->mp_wpid = pid;
    return SUSPEND;
}
