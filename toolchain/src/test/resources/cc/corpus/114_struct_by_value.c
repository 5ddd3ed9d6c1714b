/* A struct argument is a copy: changes in the callee do not reach the caller. */
#include <stdio.h>

struct counter {
    int value;
    int steps[3];
};

static int bump(struct counter c) {
    c.value++;
    c.steps[0] = 99;
    return c.value;
}

static void bump_through_pointer(struct counter *c) {
    c->value++;
    c->steps[0] = 99;
}

int main(void) {
    struct counter c = {10, {1, 2, 3}};
    int r = bump(c);
    printf("bump returned %d; c.value = %d, c.steps[0] = %d\n", r, c.value, c.steps[0]);
    bump_through_pointer(&c);
    printf("through a pointer: c.value = %d, c.steps[0] = %d\n", c.value, c.steps[0]);
    return 0;
}
