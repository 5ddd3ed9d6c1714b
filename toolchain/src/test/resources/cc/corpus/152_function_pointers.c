/* Pointers to functions: taking, storing, calling with and without *. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

static int apply(int (*op)(int, int), int a, int b) {
    return op(a, b);
}

int main(void) {
    int (*f)(int, int) = add;
    printf("f(2, 3) = %d\n", f(2, 3));
    f = &sub;
    printf("(*f)(2, 3) = %d\n", (*f)(2, 3));
    printf("apply(add, 10, 4) = %d\n", apply(add, 10, 4));
    printf("apply(sub, 10, 4) = %d\n", apply(sub, 10, 4));
    printf("f == sub: %d, f == add: %d\n", f == sub, f == add);
    int (*none)(int, int) = NULL;
    printf("none is null: %d\n", none == NULL);
    printf("(**add)(1, 1) = %d\n", (**add)(1, 1));
    return 0;
}
