/* A student mistake: a macro body without parentheses changes meaning next to other operators. */
#include <stdio.h>

#define BAD_SQUARE(x) x * x
#define GOOD_SQUARE(x) ((x) * (x))
#define BAD_SUM(a, b) a + b
#define GOOD_SUM(a, b) ((a) + (b))

int main(void) {
    printf("BAD_SQUARE(1 + 2) = %d\n", BAD_SQUARE(1 + 2));    /* 1 + 2 * 1 + 2 */
    printf("GOOD_SQUARE(1 + 2) = %d\n", GOOD_SQUARE(1 + 2));
    printf("2 * BAD_SUM(3, 4) = %d\n", 2 * BAD_SUM(3, 4));     /* 2 * 3 + 4 */
    printf("2 * GOOD_SUM(3, 4) = %d\n", 2 * GOOD_SUM(3, 4));
    printf("100 / BAD_SQUARE(5) = %d\n", 100 / BAD_SQUARE(5)); /* 100 / 5 * 5 */
    return 0;
}
