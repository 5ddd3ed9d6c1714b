/* Struct tags live in their own name space: struct point and a variable named point can coexist. */
#include <stdio.h>

struct point {
    int x, y;
};

int main(void) {
    struct point point = {1, 2};
    int x = 10;
    point.x += x;
    printf("point = (%d, %d)\n", point.x, point.y);
    struct item { int item; } item = {5};
    printf("item.item = %d\n", item.item);
    enum color { color_red } color = color_red;
    printf("color = %d\n", color);
    return 0;
}
