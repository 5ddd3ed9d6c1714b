/* Prime factorisation by trial division, including a 64-bit number. */
#include <stdio.h>

static void factor(unsigned long long n) {
    printf("%llu =", n);
    const char *sep = " ";
    for (unsigned long long d = 2; d * d <= n; d += d == 2 ? 1 : 2) {
        int power = 0;
        while (n % d == 0) {
            n /= d;
            power++;
        }
        if (power) {
            printf(power > 1 ? "%s%llu^%d" : "%s%llu", sep, d, power);
            sep = " * ";
        }
    }
    if (n > 1) printf("%s%llu", sep, n);
    printf("\n");
}

int main(void) {
    unsigned long long tests[] = {2, 12, 360, 97, 1001, 65536, 123456789, 600851475143ULL, 4294967297ULL};
    for (int i = 0; i < 9; i++) {
        factor(tests[i]);
    }
    return 0;
}
