/* The limits of int and unsigned int from limits.h, and arithmetic right at them. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    printf("INT_MIN = %d\n", INT_MIN);
    printf("INT_MAX = %d\n", INT_MAX);
    printf("UINT_MAX = %u\n", UINT_MAX);
    printf("INT_MAX + 1u = %u\n", INT_MAX + 1u);
    printf("(unsigned)INT_MIN = %u\n", (unsigned)INT_MIN);
    printf("INT_MIN / -1 is undefined, INT_MIN / 1 = %d\n", INT_MIN / 1);
    printf("INT_MIN %% 2 = %d, INT_MAX %% 2 = %d\n", INT_MIN % 2, INT_MAX % 2);
    printf("UINT_MAX / 2 = %u\n", UINT_MAX / 2);
    printf("-INT_MAX - 1 == INT_MIN: %d\n", -INT_MAX - 1 == INT_MIN);
    return 0;
}
