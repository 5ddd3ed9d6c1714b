/* A typedef can name a function type itself; pointers to it are then written Name *. */
#include <stdio.h>

typedef int Transform(int);

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

static int apply_all(Transform *fs[], int n, int x) {
    for (int i = 0; i < n; i++) {
        x = fs[i](x);
    }
    return x;
}

int main(void) {
    Transform *steps[] = {twice, square, negate};
    printf("apply_all(3) = %d\n", apply_all(steps, 3, 3));
    Transform *f = square;
    printf("f(9) = %d\n", f(9));
    return 0;
}
