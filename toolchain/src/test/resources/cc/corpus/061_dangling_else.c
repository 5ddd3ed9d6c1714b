/* An else belongs to the nearest if without an else, whatever the indentation says. */
#include <stdio.h>

static void test(int a, int b) {
    printf("a=%d b=%d: ", a, b);
    if (a)
        if (b)
            printf("a and b\n");
    else
        printf("a and not b (the indentation lies)\n");
    if (!a) {
        printf("nothing printed above for a=0\n");
    }
}

int main(void) {
    test(1, 1);
    test(1, 0);
    test(0, 1);
    return 0;
}
