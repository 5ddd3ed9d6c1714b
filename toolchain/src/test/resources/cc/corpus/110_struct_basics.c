/* Declaring, initialising, reading and assigning structs. */
#include <stdio.h>

struct point {
    int x;
    int y;
};

struct point origin;   /* a global struct starts zeroed */

int main(void) {
    struct point p = {3, 4};
    struct point q;
    q.x = -1;
    q.y = p.x + p.y;
    printf("p = (%d, %d), q = (%d, %d)\n", p.x, p.y, q.x, q.y);
    printf("origin = (%d, %d)\n", origin.x, origin.y);
    q = p;
    p.x = 100;
    printf("after q = p and p.x = 100: q = (%d, %d)\n", q.x, q.y);
    struct point r = {.y = 9};
    printf("r = (%d, %d)\n", r.x, r.y);
    printf("sizeof(struct point) = %u\n", (unsigned)sizeof(struct point));
    return 0;
}
