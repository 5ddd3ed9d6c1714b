/* Any object can be read as unsigned chars: RISC-V is little-endian, the low byte comes first. */
#include <stdio.h>

int main(void) {
    unsigned int x = 0x11223344;
    unsigned char *b = (unsigned char *)&x;
    printf("bytes of 0x11223344: %02x %02x %02x %02x\n", b[0], b[1], b[2], b[3]);
    b[3] = 0xAA;
    printf("after changing the last byte: 0x%08x\n", x);
    long long ll = 0x0102030405060708LL;
    unsigned char *lb = (unsigned char *)&ll;
    for (int i = 0; i < 8; i++) {
        printf("%02x ", lb[i]);
    }
    printf("\n");
    short s = -2;
    unsigned char *sb = (unsigned char *)&s;
    printf("bytes of (short)-2: %02x %02x\n", sb[0], sb[1]);
    return 0;
}
