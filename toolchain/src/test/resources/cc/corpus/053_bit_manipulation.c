/* Setting, clearing, toggling and testing single bits, and fields inside a word. */
#include <stdio.h>

#define BIT(n) (1u << (n))

int main(void) {
    unsigned flags = 0;
    flags |= BIT(3);
    flags |= BIT(0) | BIT(7);
    printf("set: 0x%02x\n", flags);
    flags &= ~BIT(0);
    printf("clear bit 0: 0x%02x\n", flags);
    flags ^= BIT(4);
    flags ^= BIT(3);
    printf("toggle 4 and 3: 0x%02x\n", flags);
    for (int i = 0; i < 8; i++) {
        printf("%d", (flags >> i) & 1);
    }
    printf(" (bits 0..7)\n");
    unsigned word = 0xABCD1234;
    unsigned field = (word >> 8) & 0xff;
    printf("bits 8..15 = 0x%02x\n", field);
    word = (word & ~(0xffu << 8)) | (0x5a << 8);
    printf("replaced: 0x%08x\n", word);
    printf("is power of two: 64 %d, 96 %d\n", (64 & (64 - 1)) == 0, (96 & (96 - 1)) == 0);
    printf("lowest set bit of 96: %d\n", 96 & -96);
    return 0;
}
