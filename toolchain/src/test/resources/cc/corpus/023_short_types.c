/* short is 16 bits; unsigned short wraps at 65536 when stored. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    short s = SHRT_MAX;
    unsigned short u = USHRT_MAX;
    printf("SHRT_MIN %d SHRT_MAX %d USHRT_MAX %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("s + 1 = %d (int arithmetic)\n", s + 1);
    u++;
    printf("USHRT_MAX + 1 stored = %d\n", u);
    short t = (short)40000;
    printf("(short)40000 = %d\n", t);
    unsigned short v = (unsigned short)-1;
    printf("(unsigned short)-1 = %u\n", v);
    short arr[3] = {-1, 0, 1};
    printf("sizeof arr = %u\n", (unsigned)sizeof arr);
    printf("%hd %hu\n", (short)-5, (unsigned short)65531);
    return 0;
}
