/* Variadic functions: va_arg over ints, long longs (aligned pairs), pointers and structs; va_copy. */
#include "check.h"

struct small { int a; short b; };
struct big { int v[5]; };

static int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static long long mix(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long long s = 0;
    for (int i = 0; i < n; i++) {
        if (i % 2 == 0) s += va_arg(ap, int);
        else s += va_arg(ap, long long);
    }
    va_end(ap);
    return s;
}

static int structs(int n, ...) {
    va_list ap;
    va_start(ap, n);
    struct small s = va_arg(ap, struct small);
    struct big b = va_arg(ap, struct big);
    int last = va_arg(ap, int);
    va_end(ap);
    return s.a + s.b + b.v[0] + b.v[4] + last + n;
}

static int twice(int n, ...) {
    va_list ap, copy;
    va_start(ap, n);
    va_copy(copy, ap);
    int a = 0, b = 0;
    for (int i = 0; i < n; i++) a += va_arg(ap, int);
    for (int i = 0; i < n; i++) b += va_arg(copy, int);
    va_end(ap);
    va_end(copy);
    return a * 100 + b;
}

static long long many(int a, int b, int c, int d, int e, int f, int g, ...) {
    va_list ap;
    va_start(ap, g);
    long long x = va_arg(ap, long long);
    int y = va_arg(ap, int);
    va_end(ap);
    return a + b + c + d + e + f + g + x + y;
}

static int vsum(int n, va_list ap) {
    int s = 0;
    while (n--) s += va_arg(ap, int);
    return s;
}

static int forward(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = vsum(n, ap);
    va_end(ap);
    return s;
}

int main(void) {
    ASSERT(0, sum(0));
    ASSERT(10, sum(4, 1, 2, 3, 4));
    ASSERT(55, sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    ASSERT(1, mix(4, 1, 0x100000000LL, 2, -1LL) == 0x100000002LL);
    ASSERT(1, mix(7, 1, 2LL, 3, 4LL, 5, 6LL, 7) == 28);
    struct small s = {1, 2};
    struct big b = {{10, 0, 0, 0, 40}};
    ASSERT(56, structs(3, s, b, 0));
    ASSERT(606, twice(3, 1, 2, 3));
    ASSERT(1, many(1, 2, 3, 4, 5, 6, 7, 0x100000000LL, 8) == 0x100000000LL + 36);
    ASSERT(15, forward(5, 1, 2, 3, 4, 5));
    char buf[4] = "xyz";
    ASSERT(1, sum(1, buf) != 0);
    DONE();
}
