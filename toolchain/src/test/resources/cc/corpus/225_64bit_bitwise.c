/* Bitwise operators on 64-bit values act on both halves. */
#include <stdio.h>

int main(void) {
    unsigned long long a = 0xF0F0F0F00F0F0F0FULL, b = 0xFF00FF00FF00FF00ULL;
    printf("a & b = 0x%016llx\n", a & b);
    printf("a | b = 0x%016llx\n", a | b);
    printf("a ^ b = 0x%016llx\n", a ^ b);
    printf("~a    = 0x%016llx\n", ~a);
    long long m = -1;
    printf("-1LL & 0xFFFFFFFF00000000 = 0x%llx\n", (unsigned long long)(m & 0xFFFFFFFF00000000LL));
    unsigned long long bits = 0;
    for (int i = 0; i < 64; i += 7) {
        bits |= 1ULL << i;
    }
    printf("every 7th bit = 0x%016llx\n", bits);
    int count = 0;
    for (unsigned long long x = bits; x; x &= x - 1) {
        count++;
    }
    printf("bits set: %d\n", count);
    return 0;
}
