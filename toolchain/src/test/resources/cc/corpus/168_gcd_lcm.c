/* Euclid's algorithm, recursive and iterative, and the least common multiple. */
#include <stdio.h>

static unsigned gcd(unsigned a, unsigned b) {
    return b == 0 ? a : gcd(b, a % b);
}

static unsigned gcd_loop(unsigned a, unsigned b) {
    while (b != 0) {
        unsigned t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static unsigned long long lcm(unsigned a, unsigned b) {
    return (unsigned long long)a / gcd(a, b) * b;
}

int main(void) {
    unsigned pairs[][2] = {{48, 18}, {17, 5}, {0, 9}, {1071, 462}, {4000000000u, 3000000000u}};
    for (int i = 0; i < 5; i++) {
        unsigned a = pairs[i][0], b = pairs[i][1];
        printf("gcd(%u, %u) = %u = %u, lcm = %llu\n", a, b, gcd(a, b), gcd_loop(a, b), a && b ? lcm(a, b) : 0);
    }
    unsigned l = 1;
    for (unsigned k = 1; k <= 20; k++) {
        l = (unsigned)lcm(l, k);
    }
    printf("lcm(1..20) = %u\n", l);
    return 0;
}
