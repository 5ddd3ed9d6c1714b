/* A macro is not expanded again inside its own expansion, so self-reference does not recurse. */
#include <stdio.h>

int foo = 10;
#define foo (4 + foo)

int x = 1, y = 2;
#define x (2 * y)
#define y (3 + x)

int main(void) {
    printf("foo = %d\n", foo);         /* (4 + foo), the inner foo is the variable */
    printf("x = %d\n", x);             /* (2 * (3 + x)), the inner x is the variable: 8 */
    printf("y = %d\n", y);             /* (3 + (2 * y)), the inner y is the variable: 7 */
    return 0;
}
