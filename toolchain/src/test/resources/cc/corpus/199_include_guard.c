/* An include guard (#ifndef NAME / #define NAME / ... / #endif) makes a second #include harmless. */
#include <stdio.h>
#include "199_include_guard.h"
#include "199_include_guard.h"

int main(void) {
    Vec v = vec_add((Vec){1, 2}, (Vec){10, 20});
    printf("(%d, %d)\n", v.x, v.y);
#ifdef INCLUDE_GUARD_199_H
    printf("guard macro defined\n");
#endif
    return 0;
}
