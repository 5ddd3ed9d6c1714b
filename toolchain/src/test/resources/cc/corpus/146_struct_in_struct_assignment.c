/* Assigning a member that is itself a struct copies all of it. */
#include <stdio.h>

struct rgb { unsigned char r, g, b; };
struct style { struct rgb fg, bg; int bold; };

int main(void) {
    struct style s = {{255, 255, 255}, {0, 0, 0}, 1};
    struct rgb red = {200, 0, 0};
    s.fg = red;
    s.bg = s.fg;
    s.bg.g = 100;
    printf("fg %d,%d,%d bg %d,%d,%d bold %d\n", s.fg.r, s.fg.g, s.fg.b, s.bg.r, s.bg.g, s.bg.b, s.bold);
    printf("sizeof(struct rgb) = %u, sizeof(struct style) = %u\n", (unsigned)sizeof(struct rgb),
           (unsigned)sizeof(struct style));
    return 0;
}
