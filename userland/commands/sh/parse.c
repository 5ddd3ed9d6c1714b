/*
 * parse.c: the shell's parser. It groups a line's tokens by this grammar:
 *
 *   line      := [ pipeline { (";" | "&&" | "||") pipeline } [";"] ]
 *   pipeline  := command { "|" command }
 *   command   := { WORD | redirect }+        (at least one word)
 *   redirect  := ("<" | ">" | ">>") WORD
 *
 * into a struct line: the commands in order, and the pipelines as runs of them, each with
 * the connector that decides whether it runs. It only reads tokens; exec.c runs the result.
 */
#include <stdio.h>
#include <string.h>
#include "sh.h"

static const struct token *next;   /* the token being looked at */

static const char *token_name(const struct token *t) {
    switch (t->kind) {
    case T_WORD: return t->text;
    case T_PIPE: return "|";
    case T_AND: return "&&";
    case T_OR: return "||";
    case T_SEMI: return ";";
    case T_IN: return "<";
    case T_OUT: return ">";
    case T_APPEND: return ">>";
    default: return "end of line";
    }
}

static int syntax_error(void) {
    fprintf(stderr, "sh: syntax error near '%s'\n", token_name(next));
    return -1;
}

/* A redirection: the operator at next, then its file name. */
static int parse_redirect(struct command *c) {
    enum token_kind op = next->kind;
    next++;
    if (next->kind != T_WORD) {
        fprintf(stderr, "sh: a file name must follow %s\n", op == T_IN ? "<" : op == T_OUT ? ">" : ">>");
        return -1;
    }
    if (op == T_IN) {
        c->input = next->text;
    } else {
        c->output = next->text;
        c->append = op == T_APPEND;
    }
    next++;
    return 0;
}

static int parse_command(struct line *line) {
    if (line->ncommands == MAX_COMMANDS) {
        fprintf(stderr, "sh: too many commands in one line (the limit is %d)\n", MAX_COMMANDS);
        return -1;
    }
    struct command *c = &line->commands[line->ncommands++];
    memset(c, 0, sizeof(*c));
    for (;;) {
        if (next->kind == T_WORD) {
            if (c->argc == MAX_ARGS) {
                fprintf(stderr, "sh: too many arguments (the limit is %d)\n", MAX_ARGS);
                return -1;
            }
            c->argv[c->argc++] = next->text;
            next++;
        } else if (next->kind == T_IN || next->kind == T_OUT || next->kind == T_APPEND) {
            if (parse_redirect(c) < 0) {
                return -1;
            }
        } else {
            break;
        }
    }
    c->argv[c->argc] = NULL;
    return c->argc == 0 ? syntax_error() : 0;
}

static int parse_pipeline(struct line *line, enum connector connector) {
    if (line->npipelines == MAX_PIPELINES) {
        fprintf(stderr, "sh: too many pipelines in one line (the limit is %d)\n", MAX_PIPELINES);
        return -1;
    }
    struct pipeline *p = &line->pipelines[line->npipelines++];
    p->first = line->ncommands;
    p->connector = connector;
    if (parse_command(line) < 0) {
        return -1;
    }
    while (next->kind == T_PIPE) {
        next++;
        if (parse_command(line) < 0) {
            return -1;
        }
    }
    p->count = line->ncommands - p->first;
    return 0;
}

int parse(const struct token *tokens, struct line *line) {
    next = tokens;
    line->ncommands = 0;
    line->npipelines = 0;
    enum connector connector = RUN_ALWAYS;
    while (next->kind != T_END) {
        if (parse_pipeline(line, connector) < 0) {
            return -1;
        }
        if (next->kind == T_END) {
            break;
        }
        if (next->kind == T_SEMI) {
            connector = RUN_ALWAYS;
        } else if (next->kind == T_AND) {
            connector = RUN_IF_SUCCESS;
        } else if (next->kind == T_OR) {
            connector = RUN_IF_FAILURE;
        } else {
            return syntax_error();
        }
        next++;
        if (next->kind == T_END && connector != RUN_ALWAYS) {
            return syntax_error();   /* "a &&" needs a second pipeline; "a ;" does not */
        }
    }
    return 0;
}
