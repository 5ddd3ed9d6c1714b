/* A student mistake: (a + b) / 2 can overflow; a + (b - a) / 2 cannot (shown with unsigned
   numbers, where the overflow wraps instead of being undefined). */
#include <stdio.h>

int main(void) {
    unsigned a = 4000000000u, b = 4000000002u;
    printf("(a + b) / 2 = %u (wrapped)\n", (a + b) / 2);
    printf("a + (b - a) / 2 = %u\n", a + (b - a) / 2);
    unsigned lo = 0, hi = 4294967295u;
    unsigned mid = lo + (hi - lo) / 2;
    printf("midpoint of 0 and UINT_MAX = %u\n", mid);
    return 0;
}
