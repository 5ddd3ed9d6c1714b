/* Variadic macros: ... in the parameter list, __VA_ARGS__ in the replacement. */
#include <stdio.h>

#define LOG(level, ...) printf("[" level "] " __VA_ARGS__)
#define CALL(f, ...) f(__VA_ARGS__)
#define FIRST(x, ...) (x)
#define COUNT_STR(...) #__VA_ARGS__

static int add3(int a, int b, int c) {
    return a + b + c;
}

int main(void) {
    LOG("info", "started\n");
    LOG("debug", "%d + %d = %d\n", 2, 3, 2 + 3);
    printf("CALL(add3, 1, 2, 3) = %d\n", CALL(add3, 1, 2, 3));
    printf("FIRST(7, 8, 9) = %d\n", FIRST(7, 8, 9));
    printf("COUNT_STR(a, b,c) = %s\n", COUNT_STR(a, b,c));
    return 0;
}
