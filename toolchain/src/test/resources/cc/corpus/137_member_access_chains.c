/* Long chains of -> and . through nested structs and pointers. */
#include <stdio.h>

struct engine { int power; };
struct car { const char *model; struct engine engine; struct car *towing; };
struct garage { struct car *cars[2]; int count; };

int main(void) {
    struct car small = {"mini", {60}, NULL};
    struct car big = {"truck", {400}, &small};
    struct garage g = {{&big, &small}, 2};
    struct garage *gp = &g;
    printf("%s tows %s\n", gp->cars[0]->model, gp->cars[0]->towing->model);
    printf("towed power %d\n", gp->cars[0]->towing->engine.power);
    gp->cars[1]->engine.power += 5;
    printf("small power now %d\n", small.engine.power);
    printf("(*(*gp).cars[0]).engine.power = %d\n", (*(*gp).cars[0]).engine.power);
    return 0;
}
