/* A scalar may be initialised with braces around its value; a trailing comma is allowed in lists. */
#include <stdio.h>

static int g = {7};

int main(void) {
    int x = {5};
    char *p = {"braced"};
    int arr[] = {1, 2, 3,};
    struct { int a; int b; } s = {1, 2,};
    enum { ONE = 1, TWO, };
    printf("%d %d %s %u %d %d %d\n", g, x, p, (unsigned)(sizeof arr / sizeof arr[0]), s.a, s.b, TWO);
    return 0;
}
