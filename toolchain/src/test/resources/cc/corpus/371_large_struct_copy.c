/* Copying a large struct by assignment, argument and return value (the compiler copies memory). */
#include <stdio.h>

struct block {
    int id;
    unsigned char data[1000];
    long long tail;
};

static struct block global;

static struct block mark(struct block b, int id) {
    b.id = id;
    for (int i = 0; i < 1000; i += 100) b.data[i] = (unsigned char)id;
    b.tail += id;
    return b;
}

static unsigned checksum(const struct block *b) {
    unsigned s = (unsigned)b->id;
    for (int i = 0; i < 1000; i++) s = s * 31 + b->data[i];
    return s + (unsigned)b->tail;
}

int main(void) {
    for (int i = 0; i < 1000; i++) global.data[i] = (unsigned char)i;
    global.tail = 1LL << 40;
    struct block copy = global;
    struct block changed = mark(copy, 7);
    printf("global %u\ncopy   %u\nchanged %u\n", checksum(&global), checksum(&copy), checksum(&changed));
    printf("copy unchanged by mark: %d, tail %lld\n", checksum(&copy) == checksum(&global), changed.tail);
    global = changed;
    printf("global now %u\n", checksum(&global));
    return 0;
}
