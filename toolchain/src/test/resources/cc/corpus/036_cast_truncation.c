/* Casting to a narrower integer type keeps the low bits. */
#include <stdio.h>

int main(void) {
    int x = 0x12345678;
    printf("(unsigned char)x = 0x%x\n", (unsigned char)x);
    printf("(unsigned short)x = 0x%x\n", (unsigned short)x);
    printf("(short)0x12348765 = %d\n", (short)0x12348765);
    printf("(char)0x141 = %d\n", (char)0x141);
    long long big = 0x123456789abcdef0LL;
    printf("(int)big = 0x%x\n", (int)big);
    printf("(unsigned)big = %u\n", (unsigned)big);
    printf("(unsigned char)-1 = %d\n", (unsigned char)-1);
    printf("(unsigned short)-2 = %d\n", (unsigned short)-2);
    printf("(int)3000000000u = %d\n", (int)3000000000u);
    return 0;
}
