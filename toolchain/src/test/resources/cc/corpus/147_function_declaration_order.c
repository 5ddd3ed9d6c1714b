/* A function may be called before its definition when a prototype comes first. */
#include <stdio.h>

int triple(int x);
static int helper(int);

int main(void) {
    printf("triple(14) = %d\n", triple(14));
    printf("helper(3) = %d\n", helper(3));
    return 0;
}

int triple(int x) {
    return helper(x) + x;
}

static int helper(int x) {
    return 2 * x;
}
