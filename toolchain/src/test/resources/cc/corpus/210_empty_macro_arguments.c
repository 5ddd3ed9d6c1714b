/* Macro arguments may be empty; a macro may expand to nothing. */
#include <stdio.h>

#define WRAP(pre, x, post) pre x post
#define NOTHING()
#define PAREN(x) (x)
#define OPTIONAL_STATIC

OPTIONAL_STATIC int helper(void) { return 4; }

int main(void) {
    int v = WRAP(, 5, );
    printf("v = %d\n", v);
    int w = WRAP(-, 5, + 1);
    printf("w = %d\n", w);
    NOTHING()
    printf("PAREN(helper()) = %d\n", PAREN(helper()));
    printf("%s\n", WRAP("a", "b", "c"));
    return 0;
}
