/* Decimal, octal and hexadecimal literals, with and without suffixes. */
#include <stdio.h>

int main(void) {
    printf("%d %d %d\n", 255, 0377, 0xff);
    printf("%d %d\n", 0XAB, 0xaB);
    printf("%d\n", 0);
    printf("%u %lu %llu\n", 10u, 10ul, 10ull);
    printf("%ld %lld\n", 10L, 10LL);
    printf("%llu\n", 18446744073709551615ULL);
    printf("%lld\n", 0x7fffffffffffffffLL);
    printf("%o %x\n", 8, 16);
    printf("%d\n", 010 + 0x10 + 10);
    return 0;
}
