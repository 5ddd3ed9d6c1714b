/* Designators may chain: .member[index].member = value. */
#include <stdio.h>

struct slot {
    int id;
    char tag;
};

struct table {
    const char *name;
    struct slot slots[4];
    int count;
};

int main(void) {
    struct table t = {
        .name = "chained",
        .slots[2].id = 22,
        .slots[2].tag = 'c',
        .slots[0] = {10, 'a'},
        .count = 2,
    };
    printf("%s count %d\n", t.name, t.count);
    for (int i = 0; i < 4; i++) {
        printf("slot %d: id %d tag %d\n", i, t.slots[i].id, t.slots[i].tag);
    }
    struct table many[2] = {[1].slots[3].id = 99, [0].name = "first"};
    printf("%s %s %d\n", many[0].name, many[1].name ? many[1].name : "(null)", many[1].slots[3].id);
    return 0;
}
