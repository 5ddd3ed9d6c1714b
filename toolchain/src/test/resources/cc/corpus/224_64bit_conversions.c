/* Converting between 64-bit and narrower integers: sign extension, zero extension, truncation. */
#include <stdio.h>

int main(void) {
    int i = -5;
    unsigned u = 4000000000u;
    long long a = i, b = u;
    unsigned long long c = i, d = u;
    printf("a %lld, b %lld, c %llu, d %llu\n", a, b, c, d);
    long long big = 0x1234567887654321LL;
    printf("(int)big = %d, (unsigned)big = %u, (short)big = %d, (char)big = %d\n", (int)big, (unsigned)big,
           (short)big, (char)big);
    signed char sc = -100;
    unsigned short us = 60000;
    long long e = sc, f = us;
    printf("e %lld, f %lld\n", e, f);
    unsigned long long g = (unsigned char)sc;
    printf("g %llu\n", g);
    long long h = (unsigned)-1;
    printf("h %lld\n", h);
    int back = (int)(long long)-123456;
    printf("back %d\n", back);
    return 0;
}
