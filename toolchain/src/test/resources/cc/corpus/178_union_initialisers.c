/* A union initialiser sets the first member, unless a designator names another. */
#include <stdio.h>

union number {
    int integer;
    unsigned char bytes[4];
    short halves[2];
};

static union number g1 = {258};
static union number g2 = {.bytes = {1, 2, 3, 4}};
static union number g3 = {.halves[1] = 1};

int main(void) {
    union number l1 = {-1};
    union number l2 = {.halves = {0x100, 0x200}};
    printf("g1: %d %d %d\n", g1.bytes[0], g1.bytes[1], g1.bytes[2]);
    printf("g2: 0x%08x\n", g2.integer);
    printf("g3: 0x%08x\n", g3.integer);
    printf("l1: %u %u\n", l1.bytes[0], l1.bytes[3]);
    printf("l2: 0x%08x\n", l2.integer);
    return 0;
}
