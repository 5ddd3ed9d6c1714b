/* Designated initialisers for structs: .member = value, in any order, nested, mixed with positional ones. */
#include <stdio.h>

struct rect {
    struct { int x, y; } origin;
    int width, height;
    const char *label;
};

static struct rect global = {.label = "global", .width = 5, .origin.y = 2};

int main(void) {
    struct rect r = {.height = 10, .width = 20, .origin = {1, 2}, .label = "local"};
    printf("%s: (%d,%d) %dx%d\n", r.label, r.origin.x, r.origin.y, r.width, r.height);
    printf("%s: (%d,%d) %dx%d\n", global.label, global.origin.x, global.origin.y, global.width, global.height);
    struct rect mixed = {.width = 3, 4, "after width comes height, then label"};
    printf("%d %d %s\n", mixed.width, mixed.height, mixed.label);
    struct rect nested = {.origin.x = 7, .origin.y = 8};
    printf("nested origin (%d,%d), width %d, label %s\n", nested.origin.x, nested.origin.y, nested.width,
           nested.label ? nested.label : "(null)");
    return 0;
}
