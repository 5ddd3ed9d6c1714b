/* Small structs as arguments: up to 8 bytes go in registers, and more than eight argument
   registers' worth spills onto the stack. */
#include <stdio.h>

struct two { short a, b; };
struct pair { int x, y; };
struct bytes { char c[3]; };

static int many(struct pair p1, struct pair p2, struct pair p3, struct pair p4, struct pair p5,
                struct two t, struct bytes b, int last) {
    printf("p1 (%d,%d) p2 (%d,%d) p3 (%d,%d) p4 (%d,%d) p5 (%d,%d)\n", p1.x, p1.y, p2.x, p2.y, p3.x, p3.y,
           p4.x, p4.y, p5.x, p5.y);
    printf("t (%d,%d) b %c%c%c last %d\n", t.a, t.b, b.c[0], b.c[1], b.c[2], last);
    return p1.x + p2.x + p3.x + p4.x + p5.x + t.a + t.b + last;
}

int main(void) {
    struct pair p[5] = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};
    struct two t = {-1, -2};
    struct bytes b = {{'x', 'y', 'z'}};
    printf("sum = %d\n", many(p[0], p[1], p[2], p[3], p[4], t, b, 100));
    return 0;
}
