/* A pseudo-random mix of allocations, frees and reallocs; each block is filled with a pattern
   derived from its slot and checked before it is released. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 200

static unsigned seed = 7;

static unsigned next(void) {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
}

static unsigned char *slot[SLOTS];
static unsigned size[SLOTS];

static int check(int i) {
    for (unsigned k = 0; k < size[i]; k++) {
        if (slot[i][k] != (unsigned char)(i + k)) {
            return 0;
        }
    }
    return 1;
}

static void fill(int i, unsigned from) {
    for (unsigned k = from; k < size[i]; k++) {
        slot[i][k] = (unsigned char)(i + k);
    }
}

int main(void) {
    int corrupt = 0, operations = 0;
    for (int step = 0; step < 6000; step++) {
        int i = (int)(next() % SLOTS);
        unsigned choice = next() % 3;
        operations++;
        if (slot[i] == NULL) {
            size[i] = next() % 600 + 1;
            slot[i] = malloc(size[i]);
            fill(i, 0);
        } else if (choice == 0) {
            corrupt += !check(i);
            free(slot[i]);
            slot[i] = NULL;
        } else {
            corrupt += !check(i);
            unsigned old = size[i];
            size[i] = next() % 900 + 1;
            slot[i] = realloc(slot[i], size[i]);
            fill(i, old < size[i] ? old : size[i]);
        }
    }
    int live = 0;
    for (int i = 0; i < SLOTS; i++) {
        if (slot[i]) {
            corrupt += !check(i);
            live++;
            free(slot[i]);
        }
    }
    printf("%d operations, %d live blocks at the end, %d corrupt\n", operations, live, corrupt);
    return 0;
}
