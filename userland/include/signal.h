/*
 * signal.h: signal numbers (MINIX 3's NetBSD-based set), sigset_t and the calls to PM.
 * Signals 70..74 are MINIX's system signals, raised by the kernel for signal managers.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

#define SIGHUP   1
#define SIGINT   2
#define SIGQUIT  3
#define SIGILL   4
#define SIGTRAP  5
#define SIGABRT  6
#define SIGEMT   7
#define SIGFPE   8
#define SIGKILL  9
#define SIGBUS  10
#define SIGSEGV 11
#define SIGSYS  12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTOP 17
#define SIGCHLD 20
#define SIGUSR1 30
#define SIGUSR2 31
#define _NSIG   64
#define NSIG    _NSIG

/* MINIX system signals (for signal managers) */
#define SIGSNDELAY 70
#define SIGKMEM    71
#define SIGKMESS   72
#define SIGKSIGSM  73
#define SIGKSIG    74

/* A set of signals 1..64: bit (n - 1) of the 64-bit word stands for signal n. */
typedef struct { unsigned int __bits[2]; } sigset_t;

typedef void (*sighandler_t)(int);
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

/* What a signal does: sa_handler (SIG_DFL, SIG_IGN or a function). Minnow keeps no mask or flags yet. */
struct sigaction {
    sighandler_t sa_handler;
    sigset_t sa_mask;
    int sa_flags;
};

int kill(pid_t pid, int sig);
int sigaction(int sig, const struct sigaction *act, struct sigaction *oact);
sighandler_t signal(int sig, sighandler_t handler);
int sigreturn(void *frame);
int raise(int sig);

#endif
