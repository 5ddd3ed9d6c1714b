/* A variadic function: the first argument says how many follow. */
#include <stdarg.h>
#include <stdio.h>

static int sum(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int total = 0;
    for (int i = 0; i < count; i++) {
        total += va_arg(ap, int);
    }
    va_end(ap);
    return total;
}

static int max_of(int first, ...) {
    /* a list ending with a negative number */
    va_list ap;
    va_start(ap, first);
    int best = first;
    for (int v = va_arg(ap, int); v >= 0; v = va_arg(ap, int)) {
        if (v > best) {
            best = v;
        }
    }
    va_end(ap);
    return best;
}

int main(void) {
    printf("sum() = %d\n", sum(0));
    printf("sum(1) = %d\n", sum(1, 42));
    printf("sum(5) = %d\n", sum(5, 1, 2, 3, 4, 5));
    printf("sum(10) = %d\n", sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("max_of = %d\n", max_of(3, 17, 4, 99, 23, -1));
    return 0;
}
