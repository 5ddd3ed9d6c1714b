/* static inline functions: the compiler may expand them in place; they behave like any function. */
#include <stdio.h>

static inline int max(int a, int b) {
    return a > b ? a : b;
}

static inline unsigned rotate_left(unsigned x, int n) {
    return (x << n) | (x >> (32 - n));
}

static inline int clamp(int v, int lo, int hi) {
    return v < lo ? lo : v > hi ? hi : v;
}

int main(void) {
    printf("max(3, 9) = %d\n", max(3, 9));
    printf("rotate_left(0x80000001, 4) = 0x%08x\n", rotate_left(0x80000001u, 4));
    for (int v = -5; v <= 15; v += 5) {
        printf("clamp(%d) = %d\n", v, clamp(v, 0, 10));
    }
    int (*f)(int, int) = max;   /* an inline function has an address too */
    printf("f(-1, -2) = %d\n", f(-1, -2));
    return 0;
}
