/* Unsigned arithmetic is modulo 2^32: it never overflows, it wraps. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    unsigned int zero = 0;
    unsigned int max = UINT_MAX;
    printf("0u - 1 = %u\n", zero - 1);
    printf("UINT_MAX + 1 = %u\n", max + 1);
    printf("UINT_MAX * 2 = %u\n", max * 2);
    printf("3000000000u + 3000000000u = %u\n", 3000000000u + 3000000000u);
    printf("65536u * 65536u = %u\n", 65536u * 65536u);
    unsigned int x = 5;
    printf("-x = %u\n", -x);
    unsigned count = 0;
    for (unsigned i = 3; i < 10; i--) {  /* stops when i wraps to UINT_MAX */
        count++;
    }
    printf("loop ran %u times\n", count);
    return 0;
}
