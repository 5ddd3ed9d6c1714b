/*
 * init.c: the first user process (slot 11, pid 1). It opens the console as standard input,
 * output and error, prints the banner, and then, until there is a shell to start, offers a
 * prompt "# " whose lines it runs itself when they are built-in commands (builtins.c) and
 * otherwise echoes back.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "init.h"

#define CONSOLE "/dev/console"

static void open_console(void) {
    if (open(CONSOLE, O_RDONLY) != 0 || open(CONSOLE, O_WRONLY) != 1 || dup(1) != 2) {
        _exit(1); /* nowhere to say it */
    }
}

int main(int argc, char **argv) {
    (void) argc;
    (void) argv;
    open_console();
    printf("\nMinnow 0.1: a teaching operating system in the style of MINIX 3\n");
    printf("init: pid %d; no shell yet, so init reads commands itself (try 'help')\n", getpid());
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
