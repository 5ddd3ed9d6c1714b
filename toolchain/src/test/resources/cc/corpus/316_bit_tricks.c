/* Classic bit tricks: population count, parity, bit reversal, leading zeros, next power of two. */
#include <stdio.h>

static int popcount(unsigned x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (int)((x * 0x01010101u) >> 24);
}

static int parity(unsigned x) {
    x ^= x >> 16;
    x ^= x >> 8;
    x ^= x >> 4;
    x ^= x >> 2;
    x ^= x >> 1;
    return (int)(x & 1);
}

static unsigned reverse_bits(unsigned x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
    return (x >> 16) | (x << 16);
}

static int leading_zeros(unsigned x) {
    if (x == 0) return 32;
    int n = 0;
    if (x <= 0x0000FFFFu) { n += 16; x <<= 16; }
    if (x <= 0x00FFFFFFu) { n += 8; x <<= 8; }
    if (x <= 0x0FFFFFFFu) { n += 4; x <<= 4; }
    if (x <= 0x3FFFFFFFu) { n += 2; x <<= 2; }
    if (x <= 0x7FFFFFFFu) { n += 1; }
    return n;
}

static unsigned next_power_of_two(unsigned x) {
    x--;
    x |= x >> 1;
    x |= x >> 2;
    x |= x >> 4;
    x |= x >> 8;
    x |= x >> 16;
    return x + 1;
}

int main(void) {
    unsigned values[] = {0, 1, 2, 3, 255, 0x80000000u, 0xDEADBEEFu, 0xFFFFFFFFu, 1000};
    for (int i = 0; i < 9; i++) {
        unsigned v = values[i];
        printf("0x%08x: pop %2d parity %d rev 0x%08x clz %2d next2 %u\n", v, popcount(v), parity(v), reverse_bits(v),
               leading_zeros(v), next_power_of_two(v));
    }
    int a = 12, b = -7;
    a ^= b;
    b ^= a;
    a ^= b;
    printf("xor swap: a %d b %d\n", a, b);
    int v = -37;
    int mask = v >> 31;
    printf("branch-free abs(-37) = %d\n", (v + mask) ^ mask);
    return 0;
}
