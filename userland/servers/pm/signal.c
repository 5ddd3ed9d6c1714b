/*
 * signal.c: signals (MINIX's servers/pm/signal.c, the part Minnow has now). PM is the signal
 * manager of user processes: a fault in one (a bad pointer, an illegal instruction) becomes a
 * kernel signal, announced to PM by a notification from SYSTEM; PM fetches it with
 * SYS_GETKSIG. kill() from a process goes the same way. Each process has an action per signal:
 * SIG_DFL (SIGCHLD is ignored, the others end the process with the signal in its wait status),
 * SIG_IGN, or a handler, which the kernel runs on the process's stack (SYS_SIGSEND) until it
 * returns through libc's trampoline to PM_SIGRETURN (SYS_SIGRETURN).
 */
#include <signal.h>
#include <sys/wait.h>
#include <minix/syslib.h>
#include "pm.h"

/* The default action: SIGCHLD is ignored, the others end the process. */
static int ends_process(int sig) {
    return sig != SIGCHLD;
}

/*
 * Runs rmp's handler for sig (SYS_SIGSEND). A caller of PM waiting for its answer (kill of
 * itself: OK; waitpid: EINTR) gets it from the kernel with the signal, so that the answer lands
 * in the registers the frame saves, not in the handler's. A bad stack ends the process with the
 * signal, as in MINIX. Returns whether the process ended.
 */
static int catch_signal(struct mproc *rmp, int sig) {
    int answer = OK;
    if (rmp->mp_flags & WAITING) {
        rmp->mp_flags &= ~WAITING;
        answer = EINTR;
    }
    int r = sys_sigsend(rmp->mp_endpoint, sig, rmp->mp_sigact[sig], rmp->mp_sigreturn, answer);
    if (r == EFAULT) {
        exit_proc(rmp, W_EXITCODE(0, sig));
        return 1;
    }
    return 0; /* EBUSY: blocked in a call to another server; Minnow has no EINTR there yet */
}

/* Delivers sig to rmp: runs its handler, ends it, or nothing. Returns whether it ended. */
static int deliver(struct mproc *rmp, int sig) {
    vir_bytes action = rmp->mp_sigact[sig];
    if (action == (vir_bytes) SIG_IGN) {
        return 0;
    }
    if (action != (vir_bytes) SIG_DFL) {
        return catch_signal(rmp, sig);
    }
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
    int caught = target->mp_sigact[sig] > (vir_bytes) SIG_IGN;
    int ended = deliver(target, sig);
    if (target == mp && (ended || caught)) {
        return EDONTREPLY; /* the caller killed itself, or has its answer with its handler */
    }
    return OK;
}

/*
 * m1_i1 the signal, m1_p1 its new action (SIG_DFL, SIG_IGN or a handler), m1_p3 libc's
 * trampoline; the reply's m1_p2 is the old action. SIGKILL and SIGSTOP keep SIG_DFL.
 */
int do_sigaction(void) {
    int sig = m_in.m1_i1;
    vir_bytes action = (vir_bytes) m_in.m1_p1;
    if (sig < 1 || sig > _NSIG) {
        return EINVAL;
    }
    if ((sig == SIGKILL || sig == SIGSTOP) && action != (vir_bytes) SIG_DFL) {
        return EINVAL;
    }
    if (action > (vir_bytes) SIG_IGN && m_in.m1_p3 == NULL) {
        return EINVAL; /* a handler needs a trampoline to return through */
    }
    m_in.m1_p2 = (char *) mp->mp_sigact[sig];
    mp->mp_sigact[sig] = action;
    if (action > (vir_bytes) SIG_IGN) {
        mp->mp_sigreturn = (vir_bytes) m_in.m1_p3;
    }
    return OK;
}

/* m1_p1 the signal frame: the handler is done; the kernel puts the caller back (no reply). */
int do_sigreturn(void) {
    int r = sys_sigreturn(mp->mp_endpoint, (vir_bytes) m_in.m1_p1);
    return r == OK ? EDONTREPLY : r;
}

/* Exec: caught signals go back to SIG_DFL (the handlers are gone); ignored ones stay ignored. */
void sig_exec_reset(struct mproc *rmp) {
    for (int sig = 1; sig <= _NSIG; sig++) {
        if (rmp->mp_sigact[sig] > (vir_bytes) SIG_IGN) {
            rmp->mp_sigact[sig] = (vir_bytes) SIG_DFL;
        }
    }
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
