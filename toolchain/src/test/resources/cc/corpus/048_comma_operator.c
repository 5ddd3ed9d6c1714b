/* The comma operator evaluates left then right; its value is the right one. */
#include <stdio.h>

static int show(int v) {
    printf("show(%d) ", v);
    return v;
}

int main(void) {
    int x = (show(1), show(2), show(3));
    printf("-> x = %d\n", x);
    int i, j;
    for (i = 0, j = 10; i < j; i += 3, j -= 3) {
        printf("i = %d, j = %d\n", i, j);
    }
    int a = 1;
    int b = (a += 5, a * 2);
    printf("a = %d, b = %d\n", a, b);
    printf("%d\n", (show(7), 8));
    int y = 0;
    while (y++, y < 3) {
        printf("y = %d\n", y);
    }
    return 0;
}
