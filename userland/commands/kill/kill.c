/*
 * kill: sends a signal to each process named by pid: kill [-SIGNAL] PID..., where SIGNAL is a
 * number or a name with or without SIG (-9, -KILL, -SIGKILL); the default is TERM.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    int sig;
} names[] = {
    {"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT}, {"ILL", SIGILL}, {"TRAP", SIGTRAP},
    {"ABRT", SIGABRT}, {"FPE", SIGFPE}, {"KILL", SIGKILL}, {"BUS", SIGBUS}, {"SEGV", SIGSEGV},
    {"SYS", SIGSYS}, {"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM}, {"USR1", SIGUSR1},
    {"USR2", SIGUSR2},
};

/* The signal named by text (after the -), or -1. */
static int parse_signal(const char *text) {
    char *end;
    long n = strtol(text, &end, 10);
    if (end != text && *end == '\0') {
        return n > 0 && n < NSIG ? (int) n : -1;
    }
    if (strncmp(text, "SIG", 3) == 0) {
        text += 3;
    }
    for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcmp(text, names[i].name) == 0) {
            return names[i].sig;
        }
    }
    return -1;
}

int main(int argc, char **argv) {
    int sig = SIGTERM;
    int first = 1;
    if (argc > 1 && argv[1][0] == '-') {
        sig = parse_signal(argv[1] + 1);
        if (sig < 0) {
            fprintf(stderr, "kill: %s: no such signal\n", argv[1] + 1);
            return 1;
        }
        first = 2;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: kill [-SIGNAL] PID...\n");
        return 1;
    }
    int status = 0;
    for (int i = first; i < argc; i++) {
        char *end;
        long pid = strtol(argv[i], &end, 10);
        if (end == argv[i] || *end != '\0') {
            fprintf(stderr, "kill: %s: not a process id\n", argv[i]);
            status = 1;
        } else if (kill((pid_t) pid, sig) < 0) {
            fprintf(stderr, "kill: %s: %s\n", argv[i], strerror(errno));
            status = 1;
        }
    }
    return status;
}
