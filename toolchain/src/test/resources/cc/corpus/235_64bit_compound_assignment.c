/* Compound assignment operators on long long. */
#include <stdio.h>

int main(void) {
    long long x = 1;
    x <<= 40;  printf("<<= %lld\n", x);
    x += 12345; printf("+= %lld\n", x);
    x *= -3;   printf("*= %lld\n", x);
    x /= 7;    printf("/= %lld\n", x);
    x %= 1000000007; printf("%%= %lld\n", x);
    x >>= 3;   printf(">>= %lld\n", x);
    x -= 1LL << 33; printf("-= %lld\n", x);
    x &= 0xFFFFFFFFFFLL; printf("&= %lld\n", x);
    x |= 1LL << 62; printf("|= %lld\n", x);
    x ^= -1;   printf("^= %lld\n", x);
    unsigned long long u = 10;
    u -= 20;
    printf("unsigned 10 - 20 = %llu\n", u);
    int i = 1000;
    i += 5000000000LL;   /* computed in long long, converted back to int */
    printf("int += 5000000000 -> %d\n", i);
    return 0;
}
