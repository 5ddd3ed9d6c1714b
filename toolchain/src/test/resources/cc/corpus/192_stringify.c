/* The # operator turns a macro argument into a string literal, spacing normalised. */
#include <stdio.h>

#define STR(x) #x
#define SHOW(expr) printf("%s = %d\n", #expr, (expr))

int main(void) {
    printf("[%s]\n", STR(hello));
    printf("[%s]\n", STR(  a   +   b  ));
    printf("[%s]\n", STR(a+b));
    printf("[%s]\n", STR("quoted" and 'c'));
    printf("[%s]\n", STR("a\n" '\''));
    printf("[%s]\n", STR());
    printf("[%s]\n", STR(f(x, y)));
    SHOW(6 * 7);
    SHOW(1 << 4);
    SHOW(10 / 3);
    return 0;
}
