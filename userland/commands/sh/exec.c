/*
 * exec.c: the shell's executor. It runs a parsed line pipeline by pipeline, each only if its
 * connector allows (&& after a success, || after a failure, ; always). A pipeline of n
 * commands is n children joined by n-1 pipes: child i reads the pipe before it and writes
 * the pipe after it, then applies its own < and > and execs the program (found in /bin when
 * its name has no slash). The shell waits for all of them; the pipeline's status is the last
 * one's. A built-in command alone runs inside the shell, so that cd changes the shell's own
 * directory; inside a pipeline it runs in the child like any other command.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "sh.h"

#define PATH_DIR "/bin"

/* Room for the words of one pipeline with $? put in: each STATUS_MARK (1 byte) becomes at
 * most 3 digits, so three times the line is enough. */
static char expanded[3 * LINE_MAX_BYTES + 16];
static char *expanded_end;

/* The word with each STATUS_MARK replaced by status (the word itself when it has none). */
static char *expand(char *word, int status) {
    if (word == NULL || strchr(word, STATUS_MARK) == NULL) {
        return word;
    }
    char *start = expanded_end;
    for (char *s = word; *s != '\0'; s++) {
        if (*s == STATUS_MARK) {
            expanded_end += sprintf(expanded_end, "%d", status);
        } else {
            *expanded_end++ = *s;
        }
    }
    *expanded_end++ = '\0';
    return start;
}

/* Puts the status of the pipeline before into the words of a pipeline's commands. */
static void expand_pipeline(struct command *commands, int count, int status) {
    expanded_end = expanded;
    for (int i = 0; i < count; i++) {
        struct command *c = &commands[i];
        for (int a = 0; a < c->argc; a++) {
            c->argv[a] = expand(c->argv[a], status);
        }
        c->input = expand(c->input, status);
        c->output = expand(c->output, status);
    }
}

/* Opens file and puts it on descriptor fd; returns 0, or -1 after saying why not. */
static int redirect(const char *file, int flags, int fd) {
    int opened = open(file, flags, 0644);
    if (opened < 0) {
        fprintf(stderr, "sh: %s: %s\n", file, strerror(errno));
        return -1;
    }
    if (opened != fd) {
        dup2(opened, fd);
        close(opened);
    }
    return 0;
}

/* Applies a command's < and >; returns 0, or -1 after saying why not. */
static int apply_redirections(const struct command *c) {
    if (c->input != NULL && redirect(c->input, O_RDONLY, 0) < 0) {
        return -1;
    }
    if (c->output != NULL) {
        int flags = O_WRONLY | O_CREAT | (c->append ? O_APPEND : O_TRUNC);
        if (redirect(c->output, flags, 1) < 0) {
            return -1;
        }
    }
    return 0;
}

/* In a child: becomes the command's program; never returns. Exit status 127: not found,
 * 126: found but not runnable (as POSIX shells). */
static void exec_program(char **argv) {
    char path[256];
    if (strchr(argv[0], '/') != NULL) {
        snprintf(path, sizeof(path), "%s", argv[0]);
    } else {
        snprintf(path, sizeof(path), "%s/%s", PATH_DIR, argv[0]);
    }
    execv(path, argv);
    if (errno == ENOENT) {
        fprintf(stderr, "sh: %s: not found\n", argv[0]);
        _exit(127);
    }
    fprintf(stderr, "sh: %s: %s\n", argv[0], strerror(errno));
    _exit(126);
}

/* A built-in command alone: runs in the shell, its redirections undone afterwards. */
static int run_builtin_here(builtin_fn fn, struct command *c) {
    int saved_in = dup(0);
    int saved_out = dup(1);
    int status = apply_redirections(c) < 0 ? 1 : fn(c->argc, c->argv);
    fflush(stdout);
    dup2(saved_in, 0);
    dup2(saved_out, 1);
    close(saved_in);
    close(saved_out);
    return status;
}

/* In a child of a pipeline: sets up descriptors, then runs the command; never returns. */
static void run_child(struct command *c, int read_from, int write_to) {
    if (read_from >= 0) {
        dup2(read_from, 0);
        close(read_from);
    }
    if (write_to >= 0) {
        dup2(write_to, 1);
        close(write_to);
    }
    if (apply_redirections(c) < 0) {
        _exit(1);
    }
    builtin_fn fn = find_builtin(c->argv[0]);
    if (fn != NULL) {
        int status = fn(c->argc, c->argv);
        fflush(stdout);
        _exit(status);
    }
    exec_program(c->argv);
}

static int run_pipeline(struct command *commands, int count) {
    builtin_fn fn = find_builtin(commands[0].argv[0]);
    if (count == 1 && fn != NULL) {
        return run_builtin_here(fn, &commands[0]);
    }
    pid_t pids[MAX_COMMANDS];
    int started = 0;
    int read_from = -1;               /* the read end of the pipe before command i */
    int status = 0;
    fflush(stdout);
    fflush(stderr);
    for (int i = 0; i < count; i++) {
        int fds[2] = {-1, -1};
        if (i < count - 1 && pipe(fds) < 0) {
            fprintf(stderr, "sh: pipe: %s\n", strerror(errno));
            status = 1;
            break;
        }
        pid_t pid = fork();
        if (pid < 0) {
            fprintf(stderr, "sh: fork: %s\n", strerror(errno));
            close(fds[0]);
            close(fds[1]);
            status = 1;
            break;
        }
        if (pid == 0) {
            if (fds[0] >= 0) {
                close(fds[0]);        /* the next command's end */
            }
            run_child(&commands[i], read_from, fds[1]);
        }
        pids[started++] = pid;
        if (read_from >= 0) {
            close(read_from);
        }
        if (fds[1] >= 0) {
            close(fds[1]);
        }
        read_from = fds[0];
    }
    if (read_from >= 0) {
        close(read_from);
    }
    for (int i = 0; i < started; i++) {
        int wait_status;
        while (waitpid(pids[i], &wait_status, 0) < 0 && errno == EINTR) {
        }
        int s = report_status(wait_status);
        if (i == started - 1 && started == count) {
            status = s;
        }
    }
    return status;
}

int run_line(struct line *line, int last_status) {
    int status = last_status;
    for (int i = 0; i < line->npipelines; i++) {
        struct pipeline *p = &line->pipelines[i];
        if ((p->connector == RUN_IF_SUCCESS && status != 0) || (p->connector == RUN_IF_FAILURE && status == 0)) {
            continue;
        }
        expand_pipeline(&line->commands[p->first], p->count, status);
        status = run_pipeline(&line->commands[p->first], p->count);
    }
    return status;
}
