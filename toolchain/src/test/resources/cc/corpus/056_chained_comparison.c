/* A student mistake that is valid C: 3 > 2 > 1 is (3 > 2) > 1, that is 1 > 1, which is false. */
#include <stdio.h>

int main(void) {
    int a = 3, b = 2, c = 1;
    printf("a > b > c = %d\n", a > b > c);
    printf("a > b && b > c = %d\n", a > b && b > c);
    int x = 5;
    printf("1 < x < 3 = %d (looks false, is true)\n", 1 < x < 3);
    printf("1 < x && x < 3 = %d\n", 1 < x && x < 3);
    printf("x == x == x = %d\n", x == x == x);
    return 0;
}
