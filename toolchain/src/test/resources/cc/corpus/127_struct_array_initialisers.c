/* Arrays of structs with full, partial and brace-elided initialisers; the rest is zero. */
#include <stdio.h>

struct entry {
    const char *key;
    int value;
    char flag;
};

int main(void) {
    struct entry table[5] = {
        {"alpha", 1, 'a'},
        {"beta", 2},
        {"gamma"},
        "delta", 4, 'd',      /* braces may be left out: members are filled in order */
    };
    for (int i = 0; i < 5; i++) {
        printf("%d: %s %d %d\n", i, table[i].key ? table[i].key : "(null)", table[i].value, table[i].flag);
    }
    struct entry one[] = {{0}};
    printf("one: %u element, value %d\n", (unsigned)(sizeof one / sizeof one[0]), one[0].value);
    return 0;
}
