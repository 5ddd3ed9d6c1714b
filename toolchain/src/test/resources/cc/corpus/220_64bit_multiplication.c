/* 64-bit multiplication on a 32-bit machine: signed, unsigned, and the wrap of the unsigned product. */
#include <stdio.h>

int main(void) {
    long long a = 123456789LL, b = 987654321LL;
    printf("a * b = %lld\n", a * b);
    printf("-a * b = %lld\n", -a * b);
    printf("-a * -b = %lld\n", -a * -b);
    unsigned long long u = 0xFFFFFFFFULL;
    printf("u * u = %llu\n", u * u);
    printf("u * u * u = %llu (wraps)\n", u * u * u);
    unsigned long long big = 0x123456789ULL;
    printf("big * 0x10 = 0x%llx\n", big * 0x10);
    long long x = 3037000499LL;
    printf("x * x = %lld\n", x * x);
    int i = -7;
    unsigned int j = 3000000000u;
    printf("(long long)i * j = %lld\n", (long long)i * j);
    printf("(unsigned long long)j * j = %llu\n", (unsigned long long)j * j);
    long long p = 1;
    for (int k = 0; k < 20; k++) {
        p *= 7;
    }
    printf("7^20 = %lld\n", p);
    return 0;
}
