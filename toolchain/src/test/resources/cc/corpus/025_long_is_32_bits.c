/* On ilp32, long is 32 bits, the same size as int (but a different type). */
#include <limits.h>
#include <stdio.h>

int main(void) {
    long l = LONG_MAX;
    unsigned long ul = ULONG_MAX;
    printf("sizeof(long) = %u\n", (unsigned)sizeof(long));
    printf("LONG_MAX = %ld, LONG_MIN = %ld\n", l, LONG_MIN);
    printf("ULONG_MAX = %lu\n", ul);
    printf("LONG_MAX == INT_MAX: %d\n", LONG_MAX == INT_MAX);
    long m = 100000L * 20000L / 1000L;
    printf("100000L * 20000L / 1000L = %ld\n", m);
    printf("-1L < 1UL: %d (1UL is unsigned long: -1L becomes ULONG_MAX)\n", -1L < 1UL);
    return 0;
}
