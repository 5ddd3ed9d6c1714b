/* Arrays cannot be assigned, but a struct holding an array can: the whole array is copied. */
#include <stdio.h>

struct buffer {
    int data[5];
};

static struct buffer doubled(struct buffer b) {
    for (int i = 0; i < 5; i++) {
        b.data[i] *= 2;
    }
    return b;
}

int main(void) {
    struct buffer a = {{1, 2, 3, 4, 5}};
    struct buffer b = a;
    b.data[0] = 100;
    printf("a.data[0] = %d, b.data[0] = %d\n", a.data[0], b.data[0]);
    struct buffer c = doubled(a);
    for (int i = 0; i < 5; i++) {
        printf("%d/%d ", a.data[i], c.data[i]);
    }
    printf("\n");
    return 0;
}
