/* Included twice by 199_include_guard.c; the classic guard keeps the second one empty. */
#ifndef INCLUDE_GUARD_199_H
#define INCLUDE_GUARD_199_H

typedef struct {
    int x, y;
} Vec;

static Vec vec_add(Vec a, Vec b) {
    Vec r = {a.x + b.x, a.y + b.y};
    return r;
}

#endif
