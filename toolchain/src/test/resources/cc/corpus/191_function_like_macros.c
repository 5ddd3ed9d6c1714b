/* Function-like macros: arguments replace parameters; parentheses keep the meaning. */
#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define ABS(x) ((x) < 0 ? -(x) : (x))
#define CLAMP(v, lo, hi) MAX(lo, MIN(v, hi))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define SWAP(type, a, b) do { type tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)

int main(void) {
    printf("SQUARE(3 + 1) = %d\n", SQUARE(3 + 1));
    printf("MAX(4, -2) = %d, MIN(4, -2) = %d\n", MAX(4, -2), MIN(4, -2));
    printf("ABS(-7) = %d\n", ABS(-7));
    printf("CLAMP(15, 0, 10) = %d, CLAMP(-3, 0, 10) = %d\n", CLAMP(15, 0, 10), CLAMP(-3, 0, 10));
    int data[] = {3, 1, 4, 1, 5, 9, 2, 6};
    printf("ARRAY_SIZE(data) = %u\n", (unsigned)ARRAY_SIZE(data));
    int x = 1, y = 2;
    SWAP(int, x, y);
    printf("x = %d, y = %d\n", x, y);
    printf("MAX(MAX(1, 5), MAX(3, 2)) = %d\n", MAX(MAX(1, 5), MAX(3, 2)));
    return 0;
}
