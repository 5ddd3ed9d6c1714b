/* assert.c: what a failed assert() does (see assert.h for the message and the exit status). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

void __assert_fail(const char *expr, const char *file, int line, const char *function) {
    fprintf(stderr, "%s:%d: %s: assertion `%s' failed\n", file, line, function, expr);
    abort();
}
