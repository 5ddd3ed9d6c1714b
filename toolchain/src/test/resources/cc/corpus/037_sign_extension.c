/* Widening a signed value copies its sign bit; widening an unsigned one fills with zeros. */
#include <stdio.h>

int main(void) {
    signed char sc = -1;
    unsigned char uc = 0xff;
    short ss = -2;
    unsigned short us = 0xfffe;
    printf("(int)sc = %d, (int)uc = %d\n", sc, uc);
    printf("(unsigned)sc = %u, (unsigned)uc = %u\n", (unsigned)sc, (unsigned)uc);
    printf("(int)ss = %d, (int)us = %d\n", ss, us);
    printf("(long long)sc = %lld\n", (long long)sc);
    printf("(unsigned long long)(int)-1 = %llu\n", (unsigned long long)(int)-1);
    printf("(unsigned long long)(unsigned)-1 = %llu\n", (unsigned long long)(unsigned)-1);
    int i = -100;
    long long wide = i;
    printf("wide = %lld\n", wide);
    char bytes[4] = {(char)0x80, (char)0x7f, (char)0xff, 0};
    for (int k = 0; k < 4; k++) {
        printf("bytes[%d] = %d as int, %d as unsigned char\n", k, bytes[k], (unsigned char)bytes[k]);
    }
    return 0;
}
