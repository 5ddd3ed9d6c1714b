/* A function-like macro's name without a following ( is not a call and is left alone, so a
   function of the same name can still be reached. */
#include <stdio.h>

static int twice(int x) {
    return x * 2;
}

#define twice(x) ((x) + (x) + 1000)

int main(void) {
    printf("twice(5) = %d (the macro)\n", twice(5));
    printf("(twice)(5) = %d (the function)\n", (twice)(5));
    int (*f)(int) = twice;
    printf("f(5) = %d (the function)\n", f(5));
    printf("twice (6) = %d (space before ( still a call)\n", twice (6));
    return 0;
}
