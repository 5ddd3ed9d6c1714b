/* When an element is initialised twice, the last initialiser wins. */
#include <stdio.h>

struct pair {
    int a, b;
};

int main(void) {
    int a[4] = {[0] = 1, [1] = 2, [0] = 10};
    printf("%d %d %d %d\n", a[0], a[1], a[2], a[3]);
    struct pair p = {.a = 1, .b = 2, .a = 3};
    printf("%d %d\n", p.a, p.b);
    int b[3] = {1, 2, 3, [1] = 20};
    printf("%d %d %d\n", b[0], b[1], b[2]);
    return 0;
}
