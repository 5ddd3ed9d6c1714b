/* A ring buffer of bytes with power-of-two size and free-running indices (the kernel FIFO style). */
#include <stdio.h>

#define SIZE 8

struct ring {
    unsigned char data[SIZE];
    unsigned head, tail;   /* only ever incremented; unsigned wrap-around is fine */
};

static unsigned used(const struct ring *r) { return r->head - r->tail; }

static int put(struct ring *r, unsigned char c) {
    if (used(r) == SIZE) return 0;
    r->data[r->head++ & (SIZE - 1)] = c;
    return 1;
}

static int get(struct ring *r, unsigned char *c) {
    if (used(r) == 0) return 0;
    *c = r->data[r->tail++ & (SIZE - 1)];
    return 1;
}

int main(void) {
    struct ring r = {{0}, 0xFFFFFFFCu, 0xFFFFFFFCu};   /* start near the wrap of the counters */
    const char *msg = "hello, ring buffer!";
    unsigned char c;
    int written = 0;
    for (const char *p = msg; *p; p++) {
        if (!put(&r, (unsigned char)*p)) {
            printf("full after %d, draining: ", written);
            while (get(&r, &c)) putchar(c);
            putchar('\n');
            put(&r, (unsigned char)*p);
        }
        written++;
    }
    printf("rest: ");
    while (get(&r, &c)) putchar(c);
    printf("\nhead %u tail %u\n", r.head, r.tail);
    return 0;
}
