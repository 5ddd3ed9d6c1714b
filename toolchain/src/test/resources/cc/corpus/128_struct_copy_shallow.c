/* Copying a struct copies its pointer members, not what they point at. */
#include <stdio.h>

struct holder {
    int own;
    int *shared;
    char name[8];
};

int main(void) {
    int target = 1;
    struct holder a = {10, &target, "a"};
    struct holder b = a;
    b.own = 20;
    b.name[0] = 'b';
    *b.shared = 99;
    printf("a: own %d, *shared %d, name %s\n", a.own, *a.shared, a.name);
    printf("b: own %d, *shared %d, name %s\n", b.own, *b.shared, b.name);
    printf("same pointer: %d\n", a.shared == b.shared);
    return 0;
}
