/* memset of every length from 0 to 40 at every alignment touches exactly those bytes. */
#include <stdio.h>
#include <string.h>

int main(void) {
    unsigned char buf[64];
    int wrong = 0;
    for (int off = 0; off < 8; off++) {
        for (int len = 0; len <= 40; len++) {
            memset(buf, 0x11, sizeof buf);
            memset(buf + off, 0xA5, len);
            for (int i = 0; i < 64; i++) {
                unsigned char expect = (i >= off && i < off + len) ? 0xA5 : 0x11;
                wrong += buf[i] != expect;
            }
        }
    }
    printf("bytes wrong: %d\n", wrong);
    int ints[5];
    memset(ints, 0xFF, sizeof ints);
    printf("ints filled with 0xFF bytes: %d %d\n", ints[0], ints[4]);
    memset(ints, 0x101, sizeof ints);   /* only the low byte of the value is used */
    printf("0x101 fills with 0x01: 0x%08x\n", (unsigned)ints[2]);
    return 0;
}
