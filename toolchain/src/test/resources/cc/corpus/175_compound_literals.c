/* Compound literals: an unnamed object written as (type){initialiser}. */
#include <stdio.h>

struct point {
    int x, y;
};

static int sum(const int *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
        s += a[i];
    }
    return s;
}

static int manhattan(struct point a, struct point b) {
    int dx = a.x > b.x ? a.x - b.x : b.x - a.x;
    int dy = a.y > b.y ? a.y - b.y : b.y - a.y;
    return dx + dy;
}

static struct point *origin = &(struct point){0, 0};   /* at file scope: static storage */

int main(void) {
    printf("sum = %d\n", sum((int[]){1, 2, 3, 4}, 4));
    printf("distance = %d\n", manhattan((struct point){1, 2}, (struct point){.y = -3, .x = 4}));
    struct point p;
    p = (struct point){5, 6};
    printf("p = (%d, %d)\n", p.x, p.y);
    int *arr = (int[5]){[4] = 9};
    arr[0] = 1;   /* a compound literal is an lvalue and may be changed */
    printf("arr = %d %d %d\n", arr[0], arr[1], arr[4]);
    origin->x = 100;
    printf("origin = (%d, %d)\n", origin->x, origin->y);
    const char *word = (const char *[]){"zero", "one", "two"}[2];
    printf("word = %s\n", word);
    return 0;
}
