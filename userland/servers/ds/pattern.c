/*
 * pattern.c: the key patterns of subscriptions (the language is described in minix/ds.h):
 * `.`, `*`, `\` escapes, `^` and `$` anchors. A small backtracking matcher in the style of
 * Kernighan and Pike's: patterns are short and keys shorter than 80 characters.
 */
#include "ds.h"

/* One atom at p: its length in the pattern (1, or 2 for an escape). */
static int atom_len(const char *p) {
    return p[0] == '\\' ? 2 : 1;
}

/* Whether the atom at p matches the character c. */
static int atom_matches(const char *p, char c) {
    if (p[0] == '\\') {
        return p[1] == c;
    }
    return p[0] == '.' || p[0] == c;
}

static int match_here(const char *p, const char *t);

/* Zero or more of the atom at p (of length n), then the rest of the pattern after the star. */
static int match_star(const char *p, int n, const char *rest, const char *t) {
    for (;;) {
        if (match_here(rest, t)) {
            return 1;
        }
        if (*t == '\0' || !atom_matches(p, *t)) {
            return 0;
        }
        t++;
    }
}

/* Whether pattern p matches at the start of t. */
static int match_here(const char *p, const char *t) {
    if (p[0] == '\0') {
        return 1;
    }
    if (p[0] == '$' && p[1] == '\0') {
        return *t == '\0';
    }
    int n = atom_len(p);
    if (p[n] == '*') {
        return match_star(p, n, p + n + 1, t);
    }
    if (*t != '\0' && atom_matches(p, *t)) {
        return match_here(p + n, t + 1);
    }
    return 0;
}

/* A pattern is valid when no `*` stands first (or after `^`) and no `\` ends it. */
int pattern_valid(const char *pattern) {
    const char *p = pattern[0] == '^' ? pattern + 1 : pattern;
    if (*p == '*') {
        return 0;
    }
    for (; *p != '\0'; p++) {
        if (*p == '\\') {
            if (p[1] == '\0') {
                return 0;
            }
            p++;
        } else if (*p == '*' && p[1] == '*') {
            return 0;
        }
    }
    return 1;
}

/* Whether the pattern matches the text somewhere (at the start only if anchored with ^). */
int pattern_match(const char *pattern, const char *text) {
    if (pattern[0] == '^') {
        return match_here(pattern + 1, text);
    }
    do {
        if (match_here(pattern, text)) {
            return 1;
        }
    } while (*text++ != '\0');
    return 0;
}
