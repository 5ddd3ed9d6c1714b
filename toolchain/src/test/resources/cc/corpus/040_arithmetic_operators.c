/* The arithmetic operators and their precedence. */
#include <stdio.h>

int main(void) {
    int a = 17, b = 5;
    printf("a + b = %d\n", a + b);
    printf("a - b = %d\n", a - b);
    printf("a * b = %d\n", a * b);
    printf("a / b = %d\n", a / b);
    printf("a %% b = %d\n", a % b);
    printf("a + b * 2 = %d\n", a + b * 2);
    printf("(a + b) * 2 = %d\n", (a + b) * 2);
    printf("a - b - 2 = %d (left to right)\n", a - b - 2);
    printf("a / b / 2 = %d\n", a / b / 2);
    printf("a * b %% 7 = %d\n", a * b % 7);
    printf("-a / b = %d\n", -a / b);
    printf("- -a = %d\n", - -a);
    printf("+a = %d\n", +a);
    return 0;
}
