/* A compound literal in a block is one object for that block, created anew on each entry. */
#include <stdio.h>

struct counter {
    int n;
};

int main(void) {
    int total = 0;
    for (int i = 0; i < 3; i++) {
        struct counter *c = &(struct counter){i * 10};
        c->n += 1;
        total += c->n;
        printf("pass %d: c->n = %d\n", i, c->n);
    }
    printf("total = %d\n", total);
    int *squares = (int[]){0, 1, 4, 9, 16};
    int sum = 0;
    for (int i = 0; i < 5; i++) {
        sum += squares[i];
    }
    printf("sum of squares = %d\n", sum);
    return 0;
}
