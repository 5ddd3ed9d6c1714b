/* A struct inside a struct keeps its own layout and alignment. */
#include <stddef.h>
#include <stdio.h>

struct inner {
    char tag;
    long long value;
};

struct outer {
    char a;
    struct inner in;
    char b;
    struct {
        short s;
        char c;
    } small;
    int last;
};

int main(void) {
    printf("sizeof inner = %u\n", (unsigned)sizeof(struct inner));
    printf("sizeof outer = %u\n", (unsigned)sizeof(struct outer));
    printf("in at %u, b at %u, small at %u, last at %u\n", (unsigned)offsetof(struct outer, in),
           (unsigned)offsetof(struct outer, b), (unsigned)offsetof(struct outer, small),
           (unsigned)offsetof(struct outer, last));
    printf("in.value at %u\n", (unsigned)offsetof(struct outer, in.value));
    struct outer o = {'x', {'y', 1LL << 33}, 'z', {7, 'w'}, 42};
    printf("%c %c %lld %c %d %c %d\n", o.a, o.in.tag, o.in.value, o.b, o.small.s, o.small.c, o.last);
    return 0;
}
