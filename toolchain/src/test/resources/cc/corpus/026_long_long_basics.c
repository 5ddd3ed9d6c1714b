/* long long is 64 bits: beyond the 32-bit range, printing with %lld and %llu. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    long long big = 1LL << 40;
    printf("1 << 40 = %lld\n", big);
    long long product = 123456789LL * 1000LL;
    printf("123456789 * 1000 = %lld\n", product);
    printf("LLONG_MAX = %lld\n", LLONG_MAX);
    printf("LLONG_MIN = %lld\n", LLONG_MIN);
    printf("ULLONG_MAX = %llu\n", ULLONG_MAX);
    long long neg = -5000000000LL;
    printf("neg = %lld, -neg = %lld\n", neg, -neg);
    int i = 100000;
    long long widened = (long long)i * i;
    printf("(long long)i * i = %lld\n", widened);
    printf("i * i in 32 bits (unsigned) = %u\n", (unsigned)i * (unsigned)i);
    return 0;
}
