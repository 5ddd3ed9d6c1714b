/* Unary - + ! ~ & * on ints, unsigned values and pointers. */
#include <stdio.h>

int main(void) {
    int x = 5;
    unsigned u = 5;
    int *p = &x;
    printf("-x = %d, +x = %d, !x = %d, ~x = %d\n", -x, +x, !x, ~x);
    printf("-u = %u\n", -u);
    printf("*&x = %d\n", *&x);
    printf("&*p == p: %d\n", &*p == p);
    *p = -*p;
    printf("x = %d\n", x);
    printf("- - x = %d, !!x = %d, ~~x = %d\n", - -x, !!x, ~~x);
    int **pp = &p;
    **pp = 12;
    printf("**pp = %d, x = %d\n", **pp, x);
    return 0;
}
