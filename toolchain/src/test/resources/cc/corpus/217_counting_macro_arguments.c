/* A preprocessor idiom: counting the arguments of a variadic macro by shifting a number list. */
#include <stdio.h>

#define COUNT(...) COUNT_(__VA_ARGS__, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, e, f, g, h, n, ...) n

#define SUM2(a, b) ((a) + (b))
#define SUM3(a, b, c) ((a) + (b) + (c))
#define PICK(n) SUM ## n
#define XPICK(n) PICK(n)
#define SUM(...) XPICK(COUNT(__VA_ARGS__))(__VA_ARGS__)

int main(void) {
    printf("COUNT(a) = %d\n", COUNT(a));
    printf("COUNT(a, b, c) = %d\n", COUNT(a, b, c));
    printf("COUNT(1, 2, 3, 4, 5, 6, 7, 8) = %d\n", COUNT(1, 2, 3, 4, 5, 6, 7, 8));
    printf("SUM(1, 2) = %d\n", SUM(1, 2));
    printf("SUM(1, 2, 3) = %d\n", SUM(1, 2, 3));
    return 0;
}
