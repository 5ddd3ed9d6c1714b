/* Macro expansion works on tokens: replacing X in -X never makes a -- token. */
#include <stdio.h>

#define X -1
#define PLUS +
#define NEG(v) -v

int main(void) {
    int a = -X;
    printf("-X = %d\n", a);
    int b = 5 PLUS+ 3;
    printf("5 PLUS+ 3 = %d\n", b);
    int c = NEG(-2);
    printf("NEG(-2) = %d\n", c);
    int d = 10;
    int e = d-X;
    printf("d-X = %d\n", e);
    return 0;
}
