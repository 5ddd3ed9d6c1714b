/* Comparisons give the int 0 or 1. */
#include <stdio.h>

int main(void) {
    int a = 3, b = 7;
    printf("%d %d %d %d %d %d\n", a < b, a <= b, a > b, a >= b, a == b, a != b);
    printf("%d %d\n", a <= 3, a >= 3);
    printf("sizeof(a < b) = %u\n", (unsigned)sizeof(a < b));
    int sum = (a < b) + (b < a) + (a == 3) + (b != 7);
    printf("sum of truths = %d\n", sum);
    unsigned big = 3000000000u;
    printf("big > 5: %d\n", big > 5);
    long long x = -1;
    printf("x < 0: %d\n", x < 0);
    char c = -1;
    printf("c == -1: %d, c == 255: %d\n", c == -1, c == 255);
    return 0;
}
