/* A struct returned from a function can be used at once: f().member, f().array[i]. */
#include <stdio.h>

struct triple {
    int v[3];
    const char *label;
};

static struct triple make(int base) {
    struct triple t = {{base, base * 2, base * 3}, "made"};
    return t;
}

int main(void) {
    printf("make(5).v[2] = %d\n", make(5).v[2]);
    printf("make(1).label = %s\n", make(1).label);
    int sum = make(2).v[0] + make(3).v[1];
    printf("sum = %d\n", sum);
    return 0;
}
