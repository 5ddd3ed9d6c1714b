/*
 * status.c: how a child ended, as the shell reports it. A child ended by a signal is named on
 * standard error as the BSD shells do ("Segmentation fault"; nothing for an interrupt) and
 * counts as status 128 + the signal; an exit gives its exit code.
 */
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include "sh.h"

static const struct {
    int sig;
    const char *description;
} signals[] = {
    {SIGHUP, "Hangup"},
    {SIGINT, "Interrupt"},
    {SIGQUIT, "Quit"},
    {SIGILL, "Illegal instruction"},
    {SIGTRAP, "Trace/BPT trap"},
    {SIGABRT, "Abort trap"},
    {SIGEMT, "EMT trap"},
    {SIGFPE, "Floating point exception"},
    {SIGKILL, "Killed"},
    {SIGBUS, "Bus error"},
    {SIGSEGV, "Segmentation fault"},
    {SIGSYS, "Bad system call"},
    {SIGPIPE, "Broken pipe"},
    {SIGALRM, "Alarm clock"},
    {SIGTERM, "Terminated"},
    {SIGUSR1, "User defined signal 1"},
    {SIGUSR2, "User defined signal 2"},
};

const char *signal_description(int sig) {
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        if (signals[i].sig == sig) {
            return signals[i].description;
        }
    }
    return NULL;
}

int report_status(int wait_status) {
    if (!WIFSIGNALED(wait_status)) {
        return WEXITSTATUS(wait_status);
    }
    int sig = WTERMSIG(wait_status);
    const char *description = signal_description(sig);
    if (sig == SIGINT || sig == SIGPIPE) {
        /* the user pressed ^C, or a reader went away: nothing to say */
    } else if (description != NULL) {
        fprintf(stderr, "%s\n", description);
    } else {
        fprintf(stderr, "Signal %d\n", sig);
    }
    return 128 + sig;
}
