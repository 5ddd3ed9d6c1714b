/*
 * lex.c: the shell's lexer. It cuts a line into words and operators (| || && ; < > >>).
 * Blanks separate words; a word may mix plain text, 'single quotes' (everything literal),
 * "double quotes" (where \ escapes only $ " \ and $? is replaced) and \c (c literal).
 * $? outside single quotes becomes STATUS_MARK, for exec.c to replace. A # at the start of a
 * word begins a comment that runs to the end of the line. The words' texts live in one
 * static buffer, valid until the next call.
 */
#include <stdio.h>
#include <string.h>
#include "sh.h"

/* No word is longer than its source text. */
static char words[LINE_MAX_BYTES + 16];
static char *out;                  /* the next free byte of words */

static int is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_operator(char c) {
    return c == '|' || c == '&' || c == ';' || c == '<' || c == '>';
}

/* Reads the operator at *p, moving p past it; returns its kind, or -1 for a lone &. */
static int lex_operator(const char **p) {
    const char *s = *p;
    if (s[0] == '|' && s[1] == '|') { *p += 2; return T_OR; }
    if (s[0] == '&' && s[1] == '&') { *p += 2; return T_AND; }
    if (s[0] == '>' && s[1] == '>') { *p += 2; return T_APPEND; }
    *p += 1;
    switch (s[0]) {
    case '|': return T_PIPE;
    case ';': return T_SEMI;
    case '<': return T_IN;
    case '>': return T_OUT;
    default: return -1;            /* & alone: background jobs are not supported */
    }
}

/* Reads the word at *p into the buffer, moving p past it; returns its text, or NULL after
 * printing the error (an unclosed quote). */
static char *lex_word(const char **p) {
    const char *s = *p;
    char *start = out;
    while (*s != '\0' && !is_blank(*s) && !is_operator(*s)) {
        if (*s == '\\') {
            s++;
            if (*s != '\0') {
                *out++ = *s++;
            }
        } else if (*s == '\'') {
            const char *close = strchr(s + 1, '\'');
            if (close == NULL) {
                fprintf(stderr, "sh: unclosed '\n");
                return NULL;
            }
            memcpy(out, s + 1, (size_t) (close - s - 1));
            out += close - s - 1;
            s = close + 1;
        } else if (*s == '"') {
            s++;
            while (*s != '"') {
                if (*s == '\0') {
                    fprintf(stderr, "sh: unclosed \"\n");
                    return NULL;
                }
                if (*s == '\\' && (s[1] == '$' || s[1] == '"' || s[1] == '\\')) {
                    s++;
                    *out++ = *s++;
                } else if (s[0] == '$' && s[1] == '?') {
                    *out++ = STATUS_MARK;
                    s += 2;
                } else {
                    *out++ = *s++;
                }
            }
            s++;
        } else if (s[0] == '$' && s[1] == '?') {
            *out++ = STATUS_MARK;
            s += 2;
        } else {
            *out++ = *s++;
        }
    }
    *out++ = '\0';
    *p = s;
    return start;
}

int lex(const char *text, struct token *tokens, int max_tokens) {
    if (strlen(text) >= LINE_MAX_BYTES) {
        fprintf(stderr, "sh: line too long (the limit is %d bytes)\n", LINE_MAX_BYTES - 1);
        return -1;
    }
    out = words;
    int n = 0;
    const char *p = text;
    for (;;) {
        while (is_blank(*p)) {
            p++;
        }
        if (*p == '\0' || *p == '#') {
            break;
        }
        if (n == max_tokens - 1) {
            fprintf(stderr, "sh: too many words (the limit is %d)\n", max_tokens - 1);
            return -1;
        }
        if (is_operator(*p)) {
            int kind = lex_operator(&p);
            if (kind < 0) {
                fprintf(stderr, "sh: & (background jobs) is not supported\n");
                return -1;
            }
            tokens[n].kind = (enum token_kind) kind;
            tokens[n].text = NULL;
        } else {
            char *word = lex_word(&p);
            if (word == NULL) {
                return -1;
            }
            tokens[n].kind = T_WORD;
            tokens[n].text = word;
        }
        n++;
    }
    tokens[n].kind = T_END;
    tokens[n].text = NULL;
    return n + 1;
}
