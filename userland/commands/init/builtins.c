/*
 * builtins.c: the commands init understands at its own prompt, when there is no shell to
 * start: echo, help, pid, service (RS's command, until init can exec /bin/service), and two
 * demonstrations of PM at work, forktest (fork, exit, waitpid) and crashtest (a child that
 * touches address 0 is ended by SIGSEGV). A line that is none of them is echoed back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <minix/rs.h>
#include "init.h"

#define MAX_WORDS 16

static void builtin_echo(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        printf(i > 1 ? " %s" : "%s", argv[i]);
    }
    putchar('\n');
}

static void builtin_help(int argc, char **argv) {
    (void) argc;
    (void) argv;
    printf("built-in commands: echo WORDS..., help, pid, forktest, crashtest, service ...\n");
}

/* Forks a child that runs child_body; the parent waits and reports how the child ended. */
static void run_child(void (*child_body)(void)) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return;
    }
    if (pid == 0) {
        child_body();
        exit(0);
    }
    int status;
    if (waitpid(pid, &status, 0) != pid) {
        perror("waitpid");
        return;
    }
    if (WIFSIGNALED(status)) {
        printf("parent: child %d was ended by signal %d\n", pid, WTERMSIG(status));
    } else {
        printf("parent: child %d exited with status %d\n", pid, WEXITSTATUS(status));
    }
}

static void forktest_child(void) {
    printf("child: pid %d, parent %d\n", getpid(), getppid());
    exit(7);
}

static void crashtest_child(void) {
    printf("child: writing to address 0\n");
    fflush(stdout);
    *(volatile int *) 0 = 1;
}

static void builtin_forktest(int argc, char **argv) {
    (void) argc;
    (void) argv;
    run_child(forktest_child);
}

static void builtin_crashtest(int argc, char **argv) {
    (void) argc;
    (void) argv;
    run_child(crashtest_child);
}

static void builtin_pid(int argc, char **argv) {
    (void) argc;
    (void) argv;
    printf("pid %d, parent %d\n", getpid(), getppid());
}

/* The service command (lib/libsys/service.c), until init can exec /bin/service. */
static void builtin_service(int argc, char **argv) {
    service_main(argc, argv);
}

static const struct {
    const char *name;
    void (*run)(int argc, char **argv);
} builtins[] = {
    {"echo", builtin_echo},
    {"help", builtin_help},
    {"pid", builtin_pid},
    {"forktest", builtin_forktest},
    {"crashtest", builtin_crashtest},
    {"service", builtin_service},
};

void run_line(char *line) {
    char copy[256];
    strncpy(copy, line, sizeof(copy) - 1);
    copy[sizeof(copy) - 1] = '\0';
    char *argv[MAX_WORDS + 1];
    int argc = 0;
    for (char *w = strtok(line, " \t"); w != NULL && argc < MAX_WORDS; w = strtok(NULL, " \t")) {
        argv[argc++] = w;
    }
    argv[argc] = NULL;
    if (argc == 0) {
        return;
    }
    for (unsigned i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++) {
        if (strcmp(argv[0], builtins[i].name) == 0) {
            builtins[i].run(argc, argv);
            return;
        }
    }
    printf("%s\n", copy);
}
