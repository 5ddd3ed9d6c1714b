/* Checks for the compiler's feature tests, in the manner of chibicc's test suite:
   ASSERT(expected, expression) prints the expression and both values when they differ,
   and DONE() ends main: "OK" and status 0 when every check passed. */
#include "testlib.h"

static int check_failures;

static void check(long long want, long long got, const char *what, int line) {
    if (want != got) {
        printf("line %d: %s => %lld, expected %lld\n", line, what, got, want);
        check_failures++;
    }
}

#define ASSERT(want, got) check((long long)(want), (long long)(got), #got, __LINE__)
#define DONE() do { if (check_failures == 0) printf("OK\n"); return check_failures; } while (0)
