/* va_copy lets a function walk its arguments twice. */
#include <stdarg.h>
#include <stdio.h>

static void average_and_list(int count, ...) {
    va_list ap, again;
    va_start(ap, count);
    va_copy(again, ap);
    int total = 0;
    for (int i = 0; i < count; i++) {
        total += va_arg(ap, int);
    }
    va_end(ap);
    printf("average %d of:", count ? total / count : 0);
    for (int i = 0; i < count; i++) {
        printf(" %d", va_arg(again, int));
    }
    va_end(again);
    printf("\n");
}

int main(void) {
    average_and_list(4, 10, 20, 30, 41);
    average_and_list(1, -5);
    average_and_list(0);
    return 0;
}
