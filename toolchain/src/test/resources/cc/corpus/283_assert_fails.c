/* A failing assert prints file, line, function and the expression, then aborts: exit status 134
   on purpose. #line fixes the file name so the message does not depend on the directory. */
#line 1 "assert_demo.c"
#include <assert.h>
#include <stdio.h>

static int divide(int a, int b) {
    assert(b != 0 && "the divisor must not be zero");
    return a / b;
}

int main(void) {
    printf("10 / 2 = %d\n", divide(10, 2));
    printf("10 / 0 = %d\n", divide(10, 0));
    printf("never printed\n");
    return 0;
}
