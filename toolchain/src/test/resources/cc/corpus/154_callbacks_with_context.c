/* A callback with a void * context: the C way to pass state to a function called back later. */
#include <stdio.h>

typedef void (*visitor)(int value, void *context);

static void for_each(const int *a, int n, visitor visit, void *context) {
    for (int i = 0; i < n; i++) {
        visit(a[i], context);
    }
}

struct stats {
    int count, sum, max;
};

static void collect(int value, void *context) {
    struct stats *s = context;
    s->count++;
    s->sum += value;
    if (value > s->max) {
        s->max = value;
    }
}

static void print_item(int value, void *context) {
    const char *prefix = context;
    printf("%s%d\n", prefix, value);
}

int main(void) {
    int data[] = {3, 9, -2, 14, 5};
    struct stats s = {0, 0, -1000};
    for_each(data, 5, collect, &s);
    printf("count %d sum %d max %d\n", s.count, s.sum, s.max);
    for_each(data, 2, print_item, "item: ");
    return 0;
}
