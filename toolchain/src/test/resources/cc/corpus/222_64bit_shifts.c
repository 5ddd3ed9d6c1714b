/* 64-bit shifts by amounts below, at and above 32, and arithmetic right shifts of negative values. */
#include <stdio.h>

int main(void) {
    unsigned long long one = 1;
    int amounts[] = {0, 1, 31, 32, 33, 63};
    for (int i = 0; i < 6; i++) {
        int s = amounts[i];
        printf("1 << %d = 0x%016llx\n", s, one << s);
    }
    unsigned long long top = 0x8000000000000000ULL;
    for (int i = 0; i < 6; i++) {
        int s = amounts[i];
        printf("top >> %d = 0x%016llx\n", s, top >> s);
    }
    long long neg = -0x123456789LL;
    for (int i = 0; i < 6; i++) {
        int s = amounts[i];
        printf("neg >> %d = %lld\n", s, neg >> s);
    }
    long long pattern = 0x00000000F0000000LL;
    printf("pattern << 4 = 0x%llx\n", (unsigned long long)(pattern << 4));
    unsigned long long x = 0xDEADBEEFCAFEBABEULL;
    printf("rotate by 8 = 0x%016llx\n", (x << 8) | (x >> 56));
    return 0;
}
