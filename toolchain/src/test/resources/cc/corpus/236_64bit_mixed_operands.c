/* Mixing int, unsigned and 64-bit operands: the 32-bit one is converted first. */
#include <stdio.h>

int main(void) {
    int i = -1;
    unsigned u = 0xFFFFFFFF;
    long long ll = 1;
    unsigned long long ull = 1;
    printf("i + ll = %lld\n", i + ll);
    printf("u + ll = %lld\n", u + ll);
    printf("i + ull = %llu\n", i + ull);
    printf("u + ull = %llu\n", u + ull);
    printf("i * 3000000000LL = %lld\n", i * 3000000000LL);
    printf("u * 2 = %u but u * 2LL = %lld\n", u * 2, u * 2LL);
    printf("sizeof(i + ll) = %u\n", (unsigned)sizeof(i + ll));
    int big = 2000000000;
    /* big + big would overflow int: convert one operand first */
    long long right = (long long)big + big;
    printf("right = %lld, (long long)big * 2 = %lld\n", right, (long long)big * 2);
    return 0;
}
