/*
 * sh: Minnow's shell, a small POSIX-like one in the spirit of MINIX's ash. Usage:
 *   sh              read commands from standard input, with a prompt when it is a terminal
 *   sh FILE         run the commands in FILE (as init does with /etc/rc)
 *   sh -c COMMAND   run one command line
 * It offers words with '...', "..." and \ quoting, $?, < > >> redirections, | pipelines of any
 * length, && || and ;, and the built-ins cd, pwd and exit; other commands are programs in
 * /bin. The exit status is that of the last pipeline. When started with no standard input
 * (in init's place, for tests) it opens the console itself.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

#define CONSOLE "/dev/console"
#define PROMPT "# "

int last_status;

static struct token tokens[MAX_TOKENS];
static struct line parsed;

/* Runs one line of text; an error of syntax sets the status to 2 (as POSIX shells). */
static void run_text(const char *text) {
    int n = lex(text, tokens, MAX_TOKENS);
    if (n < 0 || parse(tokens, &parsed) < 0) {
        last_status = 2;
        return;
    }
    last_status = run_line(&parsed, last_status);
}

/* Reads and runs lines from in until its end; prompts when interactive. */
static void run_stream(FILE *in, int interactive) {
    char text[LINE_MAX_BYTES + 1];
    for (;;) {
        if (interactive) {
            fputs(PROMPT, stdout);
            fflush(stdout);
        }
        if (fgets(text, sizeof(text), in) == NULL) {
            if (interactive) {
                putchar('\n');
            }
            return;
        }
        if (strchr(text, '\n') == NULL && !feof(in)) {
            fprintf(stderr, "sh: line too long (the limit is %d bytes)\n", LINE_MAX_BYTES - 1);
            int c;
            while ((c = fgetc(in)) != EOF && c != '\n') {
                /* skip the rest of it */
            }
            last_status = 2;
            continue;
        }
        run_text(text);
        fflush(stdout);
    }
}

/* In init's place nobody opened the console for us. */
static void open_console_if_needed(void) {
    if (fcntl(0, F_GETFD) >= 0) {
        return;
    }
    if (open(CONSOLE, O_RDONLY) != 0 || open(CONSOLE, O_WRONLY) != 1 || dup(1) != 2) {
        _exit(1);
    }
}

int main(int argc, char **argv) {
    open_console_if_needed();
    if (argc > 2 && strcmp(argv[1], "-c") == 0) {
        run_text(argv[2]);
        return last_status;
    }
    if (argc > 1) {
        FILE *script = fopen(argv[1], "r");
        if (script == NULL) {
            perror(argv[1]);
            return 127;
        }
        run_stream(script, 0);
        fclose(script);
        return last_status;
    }
    run_stream(stdin, isatty(0));
    return last_status;
}
