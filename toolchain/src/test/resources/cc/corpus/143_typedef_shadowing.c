/* A typedef name is an ordinary identifier: an inner declaration can hide it. */
#include <stdio.h>

typedef int number;

int main(void) {
    number a = 5;
    printf("a = %d\n", a);
    {
        int number = 7;   /* hides the typedef in this block */
        printf("number (a variable) = %d\n", number);
    }
    number b = a * 2;
    printf("b = %d\n", b);
    typedef char number2[3];
    number2 n = "ab";
    printf("n = %s, sizeof = %u\n", n, (unsigned)sizeof n);
    return 0;
}
