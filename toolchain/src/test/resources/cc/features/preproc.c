/* The preprocessor inside a program: macros, conditionals, # and ##, __LINE__ and __FILE__. */
#include "check.h"
#define SQUARE(x) ((x) * (x))
#define CAT(a, b) a##b
#define STR(x) #x
#define XSTR(x) STR(x)
#define COUNT(...) count_args(0, __VA_ARGS__)
#define EMPTY
#define MAX(a, b) ((a) > (b) ? (a) : (b))

static int count_args(int z, ...) { return z; }
static int var12 = 12;

#if defined(__riscv) && __riscv_xlen == 32 && __minnow__
static int target = 1;
#else
static int target = 0;
#endif

#ifdef __GNUC__
#error "Minnow's compiler is not GCC"
#endif

int main(void) {
    ASSERT(49, SQUARE(3 + 4));
    ASSERT(12, CAT(var, 12));
    ASSERT(0, strcmp(STR(a + b), "a + b"));
    int line = __LINE__;
    ASSERT(line + 1, __LINE__);
    ASSERT(0, strcmp(XSTR(__LINE__), "30"));
    ASSERT(0, strcmp(__FILE__, "test.c"));
    ASSERT(1, target);
    ASSERT(0, COUNT(1, 2, 3));
    ASSERT(9, MAX(4, 9) EMPTY);
    ASSERT(1, __STDC__);
    ASSERT(199901, __STDC_VERSION__);
    ASSERT(4, __SIZEOF_INT__);
#define LOCAL 5
    ASSERT(5, LOCAL);
#undef LOCAL
#ifndef LOCAL
    ASSERT(1, 1);
#endif
#if 0
    this is not C at all, and it doesn't matter
#elif 1 + 1 == 2
    ASSERT(2, 1 + 1);
#endif
    DONE();
}
