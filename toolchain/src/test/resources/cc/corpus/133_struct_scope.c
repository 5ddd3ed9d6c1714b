/* A struct declared in an inner block hides an outer one with the same tag. */
#include <stdio.h>

struct shape {
    int sides;
};

int main(void) {
    struct shape outer = {3};
    {
        struct shape {
            char name[8];
            int sides;
            int size;
        };
        struct shape inner = {"square", 4, 10};
        printf("inner: %s with %d sides, size %d, sizeof %u\n", inner.name, inner.sides, inner.size,
               (unsigned)sizeof(struct shape));
    }
    printf("outer: %d sides, sizeof %u\n", outer.sides, (unsigned)sizeof(struct shape));
    return 0;
}
