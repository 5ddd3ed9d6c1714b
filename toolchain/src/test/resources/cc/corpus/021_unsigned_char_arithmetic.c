/* unsigned char is promoted to int before arithmetic: 255 + 1 is 256 until it is stored back. */
#include <stdio.h>

int main(void) {
    unsigned char a = 255;
    unsigned char b = 1;
    int sum = a + b;
    unsigned char stored = a + b;
    printf("a + b as int: %d\n", sum);
    printf("a + b stored in unsigned char: %d\n", stored);
    a++;
    printf("255 incremented: %d\n", a);
    unsigned char c = 0;
    c--;
    printf("0 decremented: %d\n", c);
    unsigned char x = 200, y = 100;
    printf("x * y = %d, x - y - y - 1 = %d\n", x * y, x - y - y - 1);
    printf("sizeof(x + y) = %u\n", (unsigned)sizeof(x + y));
    return 0;
}
