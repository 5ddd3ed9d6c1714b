/* Shifts: left shifts, arithmetic right shift of negative ints (ilp32 GCC and minnow cc), logical
   right shift of unsigned; the type of a shift is that of its promoted left operand. */
#include <stdio.h>

int main(void) {
    int one = 1;
    printf("1 << 0 = %d, 1 << 4 = %d, 1 << 30 = %d\n", one << 0, one << 4, one << 30);
    printf("1u << 31 = %u\n", 1u << 31);
    printf("-16 >> 2 = %d\n", -16 >> 2);
    printf("-1 >> 31 = %d\n", -1 >> 31);
    printf("-17 >> 1 = %d\n", -17 >> 1);
    printf("0x80000000u >> 31 = %u\n", 0x80000000u >> 31);
    printf("0xF0u >> 4 = %u\n", 0xF0u >> 4);
    unsigned char uc = 0x80;
    printf("uc << 1 = %d (promoted to int)\n", uc << 1);
    printf("sizeof(uc << 1) = %u\n", (unsigned)sizeof(uc << 1));
    printf("1LL << 40 = %lld, sizeof(1 << 2LL) = %u\n", 1LL << 40, (unsigned)sizeof(1 << 2LL));
    int n = 3;
    printf("shift by a variable: %d %d\n", 5 << n, 40 >> n);
    return 0;
}
