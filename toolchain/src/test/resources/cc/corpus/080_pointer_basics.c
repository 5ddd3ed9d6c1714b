/* & takes an address, * follows one; a pointer to a pointer adds one more step. */
#include <stdio.h>

int main(void) {
    int x = 10;
    int *p = &x;
    int **pp = &p;
    printf("x = %d, *p = %d, **pp = %d\n", x, *p, **pp);
    *p = 20;
    printf("after *p = 20: x = %d\n", x);
    **pp = 30;
    printf("after **pp = 30: x = %d\n", x);
    int y = 5;
    *pp = &y;
    printf("after *pp = &y: *p = %d\n", *p);
    printf("p == &y: %d, p == &x: %d\n", p == &y, p == &x);
    int *null = NULL;
    printf("null == 0: %d\n", null == 0);
    return 0;
}
