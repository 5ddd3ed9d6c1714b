/* A compound literal is an object: its address can be taken and it can be assigned (C99 6.5.2.5). */
#include <stdio.h>

typedef unsigned int u32_t;

static u32_t read_word(const u32_t *p) {
    return *p;
}

static void bump(int *p) {
    *p += 10;
}

int main(void) {
    u32_t *q = &(u32_t){7};
    printf("through a pointer: %u\n", *q);
    *q = 8;
    printf("after a store: %u\n", *q);
    printf("as an argument: %u\n", read_word(&(u32_t){5}));
    int *counter = &(int){1};
    bump(counter);
    bump(counter);
    printf("bumped twice: %d\n", *counter);
    (int){3} = 4;
    long long *big = &(long long){1LL << 40};
    printf("64-bit: %lld\n", *big >> 38);
    for (int i = 0; i < 3; i++) {
        int *fresh = &(int){i * 2};
        printf("loop %d: %d\n", i, *fresh);
    }
    return 0;
}
