/* A function that returns a pointer to a function: the declarator reads inside out. */
#include <stdio.h>

static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }

static int (*choose(char c))(int) {
    return c == '+' ? inc : dec;
}

typedef int (*unary)(int);

static unary choose_typedef(int up) {
    return up ? inc : dec;
}

int main(void) {
    printf("choose('+')(10) = %d\n", choose('+')(10));
    printf("choose('-')(10) = %d\n", choose('-')(10));
    unary f = choose_typedef(1);
    printf("f(f(f(0))) = %d\n", f(f(f(0))));
    int (*(*chooser)(char))(int) = choose;
    printf("chooser('-')(0) = %d\n", chooser('-')(0));
    return 0;
}
