/* A student mistake: a function that swaps its parameters changes only its own copies. */
#include <stdio.h>

static void swap_wrong(int a, int b) {
    int t = a;
    a = b;
    b = t;
    printf("inside swap_wrong: a = %d, b = %d\n", a, b);
}

static void swap_right(int *a, int *b) {
    int t = *a;
    *a = *b;
    *b = t;
}

int main(void) {
    int x = 1, y = 2;
    swap_wrong(x, y);
    printf("after swap_wrong: x = %d, y = %d\n", x, y);
    swap_right(&x, &y);
    printf("after swap_right: x = %d, y = %d\n", x, y);
    return 0;
}
