/* Integer promotion: short and char operands become int; the result of ~ and - on them is an int. */
#include <stdio.h>

int main(void) {
    unsigned short x = 0xffff;
    printf("x == 0xffff: %d\n", x == 0xffff);
    printf("~x == 0: %d (~x is the int -65536)\n", ~x == 0);
    printf("~x = %d\n", ~x);
    unsigned char a = 0x80, b = 0x80;
    printf("a + b = %d\n", a + b);
    unsigned short big = 50000;
    printf("(unsigned)big * big = %u (as int, 2500000000 would overflow)\n", (unsigned)big * big);
    char c = -3;
    printf("-c = %d, c * c = %d\n", -c, c * c);
    printf("sizeof(-c) = %u, sizeof(+c) = %u, sizeof(c) = %u\n", (unsigned)sizeof(-c), (unsigned)sizeof(+c),
           (unsigned)sizeof(c));
    return 0;
}
