/*
 * signal.c: signals (MINIX's servers/pm/signal.c, the part Minnow has now). PM is the signal
 * manager of user processes: a fault in one (a bad pointer, an illegal instruction) becomes a
 * kernel signal, announced to PM by a notification from SYSTEM; PM fetches it with
 * SYS_GETKSIG. Until signal handlers exist every signal but SIGCHLD (ignored) ends the process,
 * with the signal in its wait status. kill() from a process goes the same way.
 */
#include <signal.h>
#include <sys/wait.h>
#include <minix/syslib.h>
#include "pm.h"

/* The default action: SIGCHLD is ignored, the others end the process. */
static int ends_process(int sig) {
    return sig != SIGCHLD;
}

/* Delivers sig to rmp: ends it, or nothing. Returns whether it ended. */
static int deliver(struct mproc *rmp, int sig) {
    if (!ends_process(sig)) {
        return 0;
    }
    exit_proc(rmp, W_EXITCODE(0, sig));
    return 1;
}

/* m1_i1 the pid, m1_i2 the signal (0: only check the process exists). */
int do_kill(void) {
    int sig = m_in.m1_i2;
    if (sig < 0 || sig > _NSIG) {
        return EINVAL;
    }
    struct mproc *target = proc_by_pid(m_in.m1_i1);
    if (target == NULL) {
        return ESRCH;
    }
    if (target->mp_flags & PRIV_PROC) {
        return EPERM;
    }
    if (sig == 0) {
        return OK;
    }
    if (deliver(target, sig) && target == mp) {
        return EDONTREPLY; /* the caller killed itself */
    }
    return OK;
}

/* Handlers cannot be run yet: SIG_DFL and SIG_IGN are accepted and change nothing else. */
int do_sigaction(void) {
    if (m_in.m1_p1 != (char *) SIG_DFL && m_in.m1_p1 != (char *) SIG_IGN) {
        return ENOSYS;
    }
    m_in.m1_p2 = (char *) SIG_DFL;
    return OK;
}

/* The kernel has signals for processes PM manages: take each process's signals in turn. */
void ksig_pending(void) {
    for (;;) {
        endpoint_t e;
        sigset_t map;
        if (sys_getksig(&e, &map) != OK || e == NONE) {
            return;
        }
        struct mproc *rmp = proc_of(e);
        int ended = 0;
        for (int sig = 1; sig <= _NSIG && rmp != NULL && !ended; sig++) {
            if (sigismember(&map, sig) == 1 && sig < SIGSNDELAY) {
                ended = deliver(rmp, sig);
            }
        }
        if (!ended) {
            sys_endksig(e);
        }
    }
}
