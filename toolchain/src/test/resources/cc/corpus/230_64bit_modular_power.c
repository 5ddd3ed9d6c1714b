/* Modular exponentiation with 64-bit intermediate products, and a deterministic primality test
   (Miller-Rabin with the bases that are exact below 2^32). */
#include <stdio.h>

static unsigned pow_mod(unsigned base, unsigned exp, unsigned mod) {
    unsigned long long result = 1, b = base % mod;
    while (exp > 0) {
        if (exp & 1) {
            result = result * b % mod;
        }
        b = b * b % mod;
        exp >>= 1;
    }
    return (unsigned)result;
}

static int is_prime(unsigned n) {
    if (n < 2) return 0;
    static const unsigned small[] = {2, 3, 5, 7};
    for (int i = 0; i < 4; i++) {
        if (n % small[i] == 0) return n == small[i];
    }
    unsigned d = n - 1;
    int r = 0;
    while (d % 2 == 0) {
        d /= 2;
        r++;
    }
    for (int i = 0; i < 4; i++) {
        unsigned long long x = pow_mod(small[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int composite = 1;
        for (int k = 1; k < r; k++) {
            x = x * x % n;
            if (x == n - 1) {
                composite = 0;
                break;
            }
        }
        if (composite) return 0;
    }
    return 1;
}

int main(void) {
    printf("3^200 mod 1000000007 = %u\n", pow_mod(3, 200, 1000000007u));
    printf("2^4294967295 mod 4294967291 = %u\n", pow_mod(2, 4294967295u, 4294967291u));
    unsigned tests[] = {1, 2, 97, 561, 7919, 1000000007u, 2147483647u, 4294967291u, 4294967295u, 3215031751u};
    for (int i = 0; i < 10; i++) {
        printf("%u is %s\n", tests[i], is_prime(tests[i]) ? "prime" : "not prime");
    }
    return 0;
}
