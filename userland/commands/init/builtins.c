/*
 * builtins.c: the commands init understands while there is no shell: echo, help, pid. A line
 * that is none of them is echoed back, so the console can be tried out.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
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
    printf("built-in commands: echo WORDS..., help, pid\n");
}

static void builtin_pid(int argc, char **argv) {
    (void) argc;
    (void) argv;
    printf("pid %d, parent %d\n", getpid(), getppid());
}

static const struct {
    const char *name;
    void (*run)(int argc, char **argv);
} builtins[] = {
    {"echo", builtin_echo},
    {"help", builtin_help},
    {"pid", builtin_pid},
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
