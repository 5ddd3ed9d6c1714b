/*
 * sigtest: signal handlers on the machine, through PM and the kernel's SYS_SIGSEND and
 * SYS_SIGRETURN. Runs in init's place (SignalsOnTheMachineTest): a SIGUSR1 handler runs on
 * kill() and raise() and the program goes on with its locals intact; SIG_IGN keeps SIGTERM
 * from ending it; a child inherits a handler through fork and runs it on its parent's kill();
 * a SIGSEGV handler ends a child with a status of its choosing. Prints each failure's line.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static int checks, failures;
static volatile int caught, caught_sig;

#define CHECK(c) do { checks++; if (!(c)) { failures++; printf("sigtest: FAILED at line %d\n", __LINE__); } } while (0)

static void on_usr1(int sig) {
    caught++;
    caught_sig = sig;
}

static void on_segv(int sig) {
    exit(40 + sig);
}

/* The handler runs, then the program goes on where it was, its locals as they were. */
static void handler_runs(void) {
    int a = 11, b = 22;
    long c = 33;
    CHECK(signal(SIGUSR1, on_usr1) == SIG_DFL);
    CHECK(kill(getpid(), SIGUSR1) == 0);
    CHECK(caught == 1 && caught_sig == SIGUSR1);
    CHECK(a == 11 && b == 22 && c == 33);
    CHECK(raise(SIGUSR1) == 0);
    CHECK(caught == 2);
    a += b;
    CHECK(a == 33 && c == 33);
    printf("sigtest: handler ran %d times\n", caught);
}

static void ignored(void) {
    CHECK(signal(SIGTERM, SIG_IGN) == SIG_DFL);
    CHECK(kill(getpid(), SIGTERM) == 0);
    printf("sigtest: survived SIGTERM\n");
    struct sigaction sa, old;
    sa.sa_handler = on_usr1;
    CHECK(sigaction(SIGUSR1, &sa, &old) == 0 && old.sa_handler == on_usr1);
    CHECK(sigaction(SIGUSR1, NULL, &old) == 0 && old.sa_handler == on_usr1);
    CHECK(signal(SIGKILL, on_usr1) == SIG_ERR);
}

/* A child inherits the handler through fork and runs it when its parent kills it. */
static void from_another_process(void) {
    caught = 0;
    pid_t child = fork();
    if (child == 0) {
        while (caught == 0) {
        }
        _exit(caught_sig == SIGUSR1 ? 7 : 8);
    }
    CHECK(child > 1);
    CHECK(kill(child, SIGUSR1) == 0);
    int status;
    CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 7);
}

/* A SIGSEGV handler decides how the process ends. */
static void segv_handler(void) {
    pid_t child = fork();
    if (child == 0) {
        signal(SIGSEGV, on_segv);
        *(volatile int *) 0 = 1;
        _exit(1);
    }
    int status;
    CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 40 + SIGSEGV);
    printf("sigtest: SIGSEGV handler chose status %d\n", WEXITSTATUS(status));
}

int main(void) {
    if (open("/dev/console", O_RDONLY) != 0 || open("/dev/console", O_WRONLY) != 1 || dup(1) != 2) {
        _exit(1);
    }
    handler_runs();
    ignored();
    from_another_process();
    segv_handler();
    printf("sigtest: %d checks, %d failed\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
