/*
 * init.c: the first user process (slot 11, pid 1). It opens the console as standard input,
 * output and error, prints the banner, runs /etc/rc with the shell, and then keeps a shell
 * on the console: when the shell exits, init starts another. Orphans become init's children;
 * it collects them as it waits. When the shell cannot be started at all (no root disk, or no
 * exec), init offers its own prompt "# " instead, with the built-in commands of builtins.c.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "init.h"

#define CONSOLE "/dev/console"
#define SHELL "/bin/sh"
#define RC "/etc/rc"
#define EXEC_FAILED 255   /* a child's exit code when it could not exec the shell */

static void open_console(void) {
    if (open(CONSOLE, O_RDONLY) != 0 || open(CONSOLE, O_WRONLY) != 1 || dup(1) != 2) {
        _exit(1); /* nowhere to say it */
    }
}

/* Runs the shell with argv and waits for it (collecting any orphan that ends meanwhile);
 * returns 0 when it ran, -1 when it could not be started. */
static int run_shell(char *const argv[]) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("init: fork");
        return -1;
    }
    if (pid == 0) {
        execv(SHELL, argv);
        _exit(EXEC_FAILED);
    }
    int status;
    pid_t ended;
    while ((ended = waitpid(-1, &status, 0)) != pid) {
        if (ended < 0) {
            return -1;
        }
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == EXEC_FAILED ? -1 : 0;
}

/* init's own prompt, for a system without a shell to start. */
static void builtin_prompt(void) {
    printf("init: pid %d; no shell to start, so init reads commands itself (try 'help')\n", getpid());
    char line[256];
    for (;;) {
        fputs("# ", stdout);
        fflush(stdout);
        if (fgets(line, sizeof(line), stdin) == NULL) {
            clearerr(stdin);
            putchar('\n');
            continue;
        }
        line[strcspn(line, "\n")] = '\0';
        run_line(line);
    }
}

int main(int argc, char **argv) {
    (void) argc;
    (void) argv;
    open_console();
    printf("\nMinnow 0.1: a teaching operating system in the style of MINIX 3\n");
    char *rc[] = {"sh", RC, NULL};
    struct stat st;
    if (stat(SHELL, &st) < 0 || run_shell(rc) < 0) {
        builtin_prompt();
    }
    char *interactive[] = {"sh", NULL};
    for (;;) {
        if (run_shell(interactive) < 0) {
            builtin_prompt();
        }
    }
}
