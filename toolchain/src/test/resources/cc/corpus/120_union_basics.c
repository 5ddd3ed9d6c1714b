/* A union's members share one place; its size is that of the largest member, rounded up to the
   largest alignment. Reading another member reinterprets the bytes (little-endian here). */
#include <stdio.h>

union word {
    unsigned int u;
    unsigned short half[2];
    unsigned char bytes[4];
};

union odd {
    char c[5];
    int i;
};

union wide {
    char c;
    long long ll;
};

int main(void) {
    union word w;
    w.u = 0xA1B2C3D4;
    printf("half: 0x%04x 0x%04x\n", w.half[0], w.half[1]);
    printf("bytes: %02x %02x %02x %02x\n", w.bytes[0], w.bytes[1], w.bytes[2], w.bytes[3]);
    w.bytes[0] = 0;
    printf("u after clearing byte 0: 0x%08x\n", w.u);
    printf("sizeof word %u, odd %u, wide %u\n", (unsigned)sizeof(union word), (unsigned)sizeof(union odd),
           (unsigned)sizeof(union wide));
    union word init = {0x01020304};   /* initialises the first member */
    printf("init.bytes[3] = %d\n", init.bytes[3]);
    union word designated = {.bytes = {1, 0, 0, 0}};
    printf("designated.u = %u\n", designated.u);
    return 0;
}
