/*
 * sh.h: what the files of the shell share. A line goes through three stages, one file each:
 * lex.c cuts it into tokens (words with their quotes removed, and operators),
 * parse.c groups the tokens into a list of pipelines of commands with their redirections, and
 * exec.c runs that list with fork, pipe, dup2, exec and waitpid. builtins.c holds cd, pwd and
 * exit, which must run inside the shell itself; status.c says how a child ended.
 */
#ifndef _SH_H
#define _SH_H

#define LINE_MAX_BYTES 1024       /* the longest line the shell reads */
#define MAX_TOKENS     128        /* tokens in one line */
#define MAX_ARGS       32         /* words of one command */
#define MAX_COMMANDS   32         /* commands in one line, over all its pipelines */
#define MAX_PIPELINES  16         /* pipelines in one line (joined by ;, && and ||) */

/* In a word from lex.c, $? is this byte: exec.c puts in the status when the word's pipeline
 * runs, so that in "false; echo $?" the echo sees the status of false. */
#define STATUS_MARK '\001'

/* lex.c: the kinds of token */
enum token_kind {
    T_WORD,     /* a word; its text has had its quotes removed */
    T_PIPE,     /* | */
    T_AND,      /* && */
    T_OR,       /* || */
    T_SEMI,     /* ; */
    T_IN,       /* < */
    T_OUT,      /* > */
    T_APPEND,   /* >> */
    T_END       /* the end of the line (always the last token) */
};

struct token {
    enum token_kind kind;
    char *text;                   /* T_WORD: the word (in the lexer's buffer), else NULL */
};

/* One simple command: its words and where its standard input and output go. */
struct command {
    char *argv[MAX_ARGS + 1];     /* NULL-terminated */
    int argc;
    char *input;                  /* < FILE, or NULL */
    char *output;                 /* > FILE or >> FILE, or NULL */
    int append;                   /* 1 for >> */
};

/* When a pipeline runs, given the status of the one before it. */
enum connector {
    RUN_ALWAYS,                   /* the first pipeline, or after ; */
    RUN_IF_SUCCESS,               /* after && */
    RUN_IF_FAILURE                /* after || */
};

/* Commands first .. first+count-1 of the line, joined by pipes. */
struct pipeline {
    int first;
    int count;
    enum connector connector;
};

/* A parsed line. */
struct line {
    struct command commands[MAX_COMMANDS];
    int ncommands;
    struct pipeline pipelines[MAX_PIPELINES];
    int npipelines;
};

/* main.c: the status of the last pipeline that ran ($?). */
extern int last_status;

/* lex.c: cuts text into tokens (the last is T_END), $? marked by STATUS_MARK; returns the
 * number of tokens, or -1 after printing what is wrong (an unclosed quote, too many tokens). */
int lex(const char *text, struct token *tokens, int max_tokens);

/* parse.c: groups tokens into a line; returns 0, or -1 after printing the syntax error. */
int parse(const struct token *tokens, struct line *line);

/* exec.c: runs a parsed line; returns the status of the last pipeline that ran. */
int run_line(struct line *line, int last_status);

/* builtins.c: the function of a built-in command, or NULL when the name is not one. */
typedef int (*builtin_fn)(int argc, char **argv);
builtin_fn find_builtin(const char *name);

/* builtins.c: the working directory the shell keeps for pwd, set at start to "/". */
const char *shell_cwd(void);

/* status.c: the shell's status for a waitpid status (the exit code, or 128 + the signal),
 * after printing, for a signal, what it was ("Segmentation fault") on standard error. */
int report_status(int wait_status);

/* status.c: a description of signal sig ("Segmentation fault"), or NULL for an unknown one. */
const char *signal_description(int sig);

#endif
