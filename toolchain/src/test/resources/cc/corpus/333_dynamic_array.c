/* A growable array of ints: push, pop, insert at a position, remove, with realloc underneath. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vec {
    int *items;
    int size, capacity;
};

static void reserve(struct vec *v, int need) {
    if (need > v->capacity) {
        int cap = v->capacity ? v->capacity : 4;
        while (cap < need) cap *= 2;
        v->items = realloc(v->items, cap * sizeof *v->items);
        v->capacity = cap;
    }
}

static void push(struct vec *v, int x) {
    reserve(v, v->size + 1);
    v->items[v->size++] = x;
}

static void insert(struct vec *v, int at, int x) {
    reserve(v, v->size + 1);
    memmove(v->items + at + 1, v->items + at, (v->size - at) * sizeof *v->items);
    v->items[at] = x;
    v->size++;
}

static void remove_at(struct vec *v, int at) {
    memmove(v->items + at, v->items + at + 1, (v->size - at - 1) * sizeof *v->items);
    v->size--;
}

static void print(const struct vec *v) {
    for (int i = 0; i < v->size; i++) printf("%d ", v->items[i]);
    printf("(size %d, capacity %d)\n", v->size, v->capacity);
}

int main(void) {
    struct vec v = {NULL, 0, 0};
    for (int i = 1; i <= 6; i++) push(&v, i * 10);
    print(&v);
    insert(&v, 0, 5);
    insert(&v, 3, 25);
    insert(&v, v.size, 99);
    print(&v);
    remove_at(&v, 0);
    remove_at(&v, v.size - 1);
    print(&v);
    for (int i = 0; i < 1000; i++) push(&v, i);
    long sum = 0;
    for (int i = 0; i < v.size; i++) sum += v.items[i];
    printf("size %d, sum %ld\n", v.size, sum);
    free(v.items);
    return 0;
}
