/* va_arg with different types: char and short arrive as int, long long is 8-byte aligned in the
   argument area, pointers and structs pass as they are. */
#include <stdarg.h>
#include <stdio.h>

struct pair { int a, b; };

static void show(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    for (const char *t = types; *t; t++) {
        switch (*t) {
            case 'i': printf("int %d; ", va_arg(ap, int)); break;
            case 'c': printf("char %c; ", (char)va_arg(ap, int)); break;
            case 'u': printf("unsigned %u; ", va_arg(ap, unsigned)); break;
            case 'L': printf("long long %lld; ", va_arg(ap, long long)); break;
            case 's': printf("string %s; ", va_arg(ap, const char *)); break;
            case 'p': {
                struct pair p = va_arg(ap, struct pair);
                printf("pair (%d,%d); ", p.a, p.b);
                break;
            }
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void) {
    char c = 'z';
    short s = -300;
    struct pair p = {7, 8};
    show("ic", 1, c);
    show("iL", s, 1LL << 35);
    show("Li", -2LL, 5);
    show("iiiiiiiL", 1, 2, 3, 4, 5, 6, 7, 0x123456789LL);
    show("sus", "first", 4000000000u, "last");
    show("ipi", 1, p, 2);
    show("LLLLL", 1LL, 2LL, 3LL, 4LL, 5LL);
    return 0;
}
