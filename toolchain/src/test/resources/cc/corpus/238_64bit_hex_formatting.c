/* Printing 64-bit values in hex and octal with widths and flags. */
#include <stdio.h>

int main(void) {
    unsigned long long v = 0x00ABCDEF01234567ULL;
    printf("[%llx] [%llX] [%#llx] [%018llx] [%-20llx]\n", v, v, v, v, v);
    printf("[%llo]\n", v);
    printf("[%lld] [%+lld] [% lld] [%25lld]\n", -1LL, 1LL, 1LL, -9223372036854775807LL - 1);
    printf("[%.20llu]\n", 12345ULL);
    printf("[%jd] [%ju]\n", (long long)-42, (unsigned long long)42);
    return 0;
}
