/*
 * signal.c: sets of signals, and the calls on PM's signal actions: sigaction(), signal(), and
 * sigreturn(), which the trampoline in sigreturn.s calls when a handler returns.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include "libc.h"

static int valid(int sig) {
    if (sig < 1 || sig > _NSIG) {
        errno = EINVAL;
        return 0;
    }
    return 1;
}

int sigemptyset(sigset_t *set) {
    set->__bits[0] = set->__bits[1] = 0;
    return 0;
}

int sigfillset(sigset_t *set) {
    set->__bits[0] = set->__bits[1] = 0xffffffffu;
    return 0;
}

int sigaddset(sigset_t *set, int sig) {
    if (!valid(sig)) {
        return -1;
    }
    set->__bits[(sig - 1) / 32] |= 1u << ((sig - 1) % 32);
    return 0;
}

int sigdelset(sigset_t *set, int sig) {
    if (!valid(sig)) {
        return -1;
    }
    set->__bits[(sig - 1) / 32] &= ~(1u << ((sig - 1) % 32));
    return 0;
}

int sigismember(const sigset_t *set, int sig) {
    if (!valid(sig)) {
        return -1;
    }
    return (set->__bits[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}

void __sigreturn_trampoline(void); /* sigreturn.s */

/*
 * PM_SIGACTION: m1_i1 the signal, m1_p1 the new action, m1_p3 the trampoline a handler returns
 * to; the reply's m1_p2 is the old action. Returns 0, or -1 with errno.
 */
static int set_action(int sig, sighandler_t handler, sighandler_t *old) {
    if (!valid(sig)) {
        return -1;
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = sig;
    m.m1_p1 = (char *) handler;
    m.m1_p3 = (char *) __sigreturn_trampoline;
    if (_syscall(PM_PROC_NR, PM_SIGACTION, (struct __minnow_message *) &m) < 0) {
        return -1;
    }
    *old = (sighandler_t) m.m1_p2;
    return 0;
}

sighandler_t signal(int sig, sighandler_t handler) {
    sighandler_t old;
    return set_action(sig, handler, &old) < 0 ? SIG_ERR : old;
}

/* Only sa_handler counts; with act NULL the action is only read (set back as it was). */
int sigaction(int sig, const struct sigaction *act, struct sigaction *oact) {
    sighandler_t old;
    if (set_action(sig, act != NULL ? act->sa_handler : SIG_DFL, &old) < 0) {
        return -1;
    }
    if (act == NULL) {
        sighandler_t unused;
        set_action(sig, old, &unused);
    }
    if (oact != NULL) {
        memset(oact, 0, sizeof(*oact));
        oact->sa_handler = old;
    }
    return 0;
}

/* PM_SIGRETURN, m1_p1 the frame: does not return unless the frame is bad. */
int sigreturn(void *frame) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_p1 = (char *) frame;
    return _syscall(PM_PROC_NR, PM_SIGRETURN, (struct __minnow_message *) &m);
}
