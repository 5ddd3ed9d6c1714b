/* #if evaluates integer constant expressions in intmax_t / uintmax_t arithmetic, with defined(),
   character constants, shifts, ?: and logical operators. */
#include <stdio.h>

#define A 5
#define B 0x10

int main(void) {
#if A * 2 + 1 == 11 && (B >> 4) == 1
    printf("arithmetic ok\n");
#endif
#if 'A' == 65
    printf("character constants ok\n");
#endif
#if (A > 3 ? 100 : 200) == 100
    printf("conditional ok\n");
#endif
#if -1 < 0
    printf("-1 < 0 in #if\n");
#endif
#if -1 > 0u
    printf("-1 > 0u in #if too (converted to uintmax_t)\n");
#endif
#if 0x7fffffffffffffff > 0
    printf("64-bit numbers in #if\n");
#endif
#if !defined(NOT_DEFINED) || defined A
    printf("defined without parentheses ok\n");
#endif
#if (1 << 40) >> 39 == 2
    printf("shifts beyond 32 bits ok\n");
#endif
#if 10 % 4 == 2 && 7 / 2 == 3 && (5 & 3) == 1 && (5 | 3) == 7 && (5 ^ 3) == 6 && ~0 == -1
    printf("all operators ok\n");
#endif
    return 0;
}
