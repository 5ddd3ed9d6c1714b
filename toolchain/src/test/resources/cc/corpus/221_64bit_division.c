/* 64-bit division and remainder: truncation toward zero, signs, unsigned division. */
#include <stdio.h>

int main(void) {
    long long n[] = {1000000000000LL, -1000000000000LL, 7LL, -7LL, 9223372036854775807LL};
    long long d[] = {7LL, 7LL, -2LL, -2LL, 1000000007LL};
    for (int i = 0; i < 5; i++) {
        printf("%lld / %lld = %lld, %% = %lld\n", n[i], d[i], n[i] / d[i], n[i] % d[i]);
    }
    unsigned long long u = 18446744073709551615ULL;
    printf("%llu / 10 = %llu, %% 10 = %llu\n", u, u / 10, u % 10);
    printf("%llu / 0xFFFFFFFF = %llu\n", u, u / 0xFFFFFFFFULL);
    printf("%llu / 0x100000001 = %llu\n", u, u / 0x100000001ULL);
    unsigned long long v = 0x8000000000000000ULL;
    printf("0x%llx / 3 = 0x%llx, %% 3 = %llu\n", v, v / 3, v % 3);
    long long m = -9223372036854775807LL - 1;
    printf("LLONG_MIN / 2 = %lld, LLONG_MIN %% 10 = %lld\n", m / 2, m % 10);
    return 0;
}
