/* A struct of function pointers works like an interface with several implementations. */
#include <stdio.h>

struct shape_ops {
    const char *name;
    int (*area)(int a, int b);
    int (*perimeter)(int a, int b);
};

static int rect_area(int w, int h) { return w * h; }
static int rect_perimeter(int w, int h) { return 2 * (w + h); }
static int tri_area(int base, int height) { return base * height / 2; }
static int tri_perimeter(int base, int side) { return base + 2 * side; }

static const struct shape_ops shapes[] = {
    {"rectangle", rect_area, rect_perimeter},
    {"isosceles", tri_area, tri_perimeter},
};

int main(void) {
    for (int i = 0; i < 2; i++) {
        const struct shape_ops *ops = &shapes[i];
        printf("%s: area %d, perimeter %d\n", ops->name, ops->area(6, 4), (*ops->perimeter)(6, 4));
    }
    return 0;
}
