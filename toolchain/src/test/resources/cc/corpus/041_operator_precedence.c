/* The precedence table of C, checked one level against the next. */
#include <stdio.h>

int main(void) {
    int a = 6, b = 3, c = 2;
    printf("a << 1 + 1 = %d (+ binds tighter than <<)\n", a << 1 + 1);
    printf("a & b == b = %d (== binds tighter than &)\n", a & b == b);
    printf("(a & b) == b = %d\n", (a & b) == b);
    printf("a | b ^ c & 1 = %d\n", a | b ^ c & 1);
    printf("a < b == c < b = %d\n", a < b == c < b);
    printf("a > b && b > c || 0 = %d\n", a > b && b > c || 0);
    printf("1 || 0 && 0 = %d (&& binds tighter than ||)\n", 1 || 0 && 0);
    printf("a ? b : c ? 10 : 20 = %d\n", a ? b : c ? 10 : 20);
    printf("0 ? b : c ? 10 : 20 = %d\n", 0 ? b : c ? 10 : 20);
    printf("-a * b = %d, -(a * b) = %d\n", -a * b, -(a * b));
    printf("!a + 1 = %d\n", !a + 1);
    printf("~a & 0xf = %d\n", ~a & 0xf);
    printf("a * b >> 1 = %d\n", a * b >> 1);
    printf("a - b < c = %d\n", a - b < c);
    int x, y;
    x = y = 4;
    x += y *= 2;
    printf("x = %d, y = %d\n", x, y);
    return 0;
}
