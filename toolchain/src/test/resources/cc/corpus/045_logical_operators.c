/* && || ! give 0 or 1, whatever the values of their operands. */
#include <stdio.h>

int main(void) {
    int x = 42, zero = 0;
    printf("x && 7 = %d\n", x && 7);
    printf("x || zero = %d\n", x || zero);
    printf("zero || zero = %d\n", zero || zero);
    printf("zero && x = %d\n", zero && x);
    printf("!x = %d, !zero = %d, !!x = %d\n", !x, !zero, !!x);
    int *p = &x;
    int *null = 0;
    printf("p && *p = %d\n", p && *p);
    printf("!null = %d\n", !null);
    printf("null || p = %d\n", null || p);
    long long big = 0x100000000LL;
    printf("!big = %d, big && 1 = %d\n", !big, big && 1);
    return 0;
}
