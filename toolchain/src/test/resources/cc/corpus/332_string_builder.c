/* Building a long string piece by piece with a growing buffer (amortised doubling with realloc). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct text {
    char *data;
    size_t length, capacity;
    int grows;
};

static void add(struct text *t, const char *s) {
    size_t n = strlen(s);
    if (t->length + n + 1 > t->capacity) {
        size_t cap = t->capacity ? t->capacity : 16;
        while (t->length + n + 1 > cap) cap *= 2;
        t->data = realloc(t->data, cap);
        t->capacity = cap;
        t->grows++;
    }
    memcpy(t->data + t->length, s, n + 1);
    t->length += n;
}

int main(void) {
    struct text t = {NULL, 0, 0, 0};
    char number[16];
    for (int i = 1; i <= 1000; i++) {
        snprintf(number, sizeof number, "%d;", i);
        add(&t, number);
    }
    printf("length %u, capacity %u, grew %d times\n", (unsigned)t.length, (unsigned)t.capacity, t.grows);
    printf("starts %.12s ends %s\n", t.data, t.data + t.length - 9);
    free(t.data);
    return 0;
}
