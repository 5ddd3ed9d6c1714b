/* A student mistake: a macro argument with a side effect may be evaluated twice. */
#include <stdio.h>

#define MAX(a, b) ((a) > (b) ? (a) : (b))

static int max_function(int a, int b) {
    return a > b ? a : b;
}

int main(void) {
    int i = 5, j = 3;
    int m = MAX(i++, j);   /* ((i++) > (j) ? (i++) : (j)): i is incremented twice */
    printf("macro: m = %d, i = %d\n", m, i);
    i = 5;
    m = max_function(i++, j);
    printf("function: m = %d, i = %d\n", m, i);
    return 0;
}
