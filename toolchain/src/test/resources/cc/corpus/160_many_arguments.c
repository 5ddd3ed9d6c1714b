/* More arguments than the eight argument registers: the rest go on the stack. long long
   arguments take an aligned pair of registers, or an 8-byte aligned stack slot. */
#include <stdio.h>

static int twelve(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

static long long mixed(int a, long long b, int c, long long d, int e, long long f, int g, long long h) {
    printf("a=%d b=%lld c=%d d=%lld e=%d f=%lld g=%d h=%lld\n", a, b, c, d, e, f, g, h);
    return a + b + c + d + e + f + g + h;
}

static int chars_and_shorts(char a, short b, unsigned char c, unsigned short d, signed char e, char f,
                            short g, char h, char i, short j) {
    return a + b + c + d + e + f + g + h + i + j;
}

int main(void) {
    printf("twelve = %d\n", twelve(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    printf("mixed = %lld\n", mixed(1, 2000000000000LL, 3, -4LL, 5, 1LL << 62, 7, -(1LL << 62)));
    printf("chars_and_shorts = %d\n", chars_and_shorts(-1, -1000, 255, 65535, -128, 'a', 30000, 'b', -5, -30000));
    return 0;
}
