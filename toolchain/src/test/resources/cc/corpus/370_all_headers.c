/* Every header of the C library included together, with one use of each. */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int count_args(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int total = 0;
    for (int i = 0; i < n; i++) total += va_arg(ap, int);
    va_end(ap);
    return total;
}

int main(void) {
    jmp_buf env;
    bool jumped = false;
    if (setjmp(env) == 0) {
        longjmp(env, 1);
    } else {
        jumped = true;
    }
    assert(jumped);
    int64_t big = INT64_C(1) << 40;
    errno = 0;
    size_t len = strlen("headers");
    struct s { char c; int i; };
    printf("%d %d %d %" PRId64 " %u %u %d %d\n", isupper('Q') != 0, CHAR_BIT, count_args(3, 1, 2, 3), big,
           (unsigned)len, (unsigned)offsetof(struct s, i), abs(-9), errno);
    return EXIT_SUCCESS;
}
