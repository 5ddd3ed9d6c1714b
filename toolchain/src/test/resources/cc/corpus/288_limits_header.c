/* Every macro of limits.h on ilp32 (with plain char signed). */
#include <limits.h>
#include <stdio.h>

int main(void) {
    printf("CHAR_BIT %d MB_LEN_MAX %d\n", CHAR_BIT, MB_LEN_MAX);
    printf("SCHAR %d..%d UCHAR_MAX %d CHAR %d..%d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX, CHAR_MIN, CHAR_MAX);
    printf("SHRT %d..%d USHRT_MAX %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("INT %d..%d UINT_MAX %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("LONG %ld..%ld ULONG_MAX %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("LLONG %lld..%lld ULLONG_MAX %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("types: %u %u %u %u %u\n", (unsigned)sizeof(INT_MIN), (unsigned)sizeof(UINT_MAX), (unsigned)sizeof(LONG_MAX),
           (unsigned)sizeof(ULONG_MAX), (unsigned)sizeof(LLONG_MIN));
    return 0;
}
