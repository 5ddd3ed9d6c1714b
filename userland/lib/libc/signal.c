/*
 * signal.c: sets of signals, and signal() (PM's sigaction; PM does not handle it yet, so it
 * fails with ENOSYS until the full PM exists).
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

/* m1_i1 the signal, m1_p1 the handler; the reply's m1_p2 is the old handler. */
sighandler_t signal(int sig, sighandler_t handler) {
    if (!valid(sig)) {
        return SIG_ERR;
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = sig;
    m.m1_p1 = (char *) handler;
    if (_syscall(PM_PROC_NR, PM_SIGACTION, (struct __minnow_message *) &m) < 0) {
        return SIG_ERR;
    }
    return (sighandler_t) m.m1_p2;
}
