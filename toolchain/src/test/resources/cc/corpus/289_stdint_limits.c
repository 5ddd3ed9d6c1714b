/* The limits and constant macros of stdint.h. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    printf("int8 %d..%d uint8 %d\n", INT8_MIN, INT8_MAX, UINT8_MAX);
    printf("int16 %d..%d uint16 %d\n", INT16_MIN, INT16_MAX, UINT16_MAX);
    printf("int32 %d..%d uint32 %u\n", INT32_MIN, INT32_MAX, UINT32_MAX);
    printf("int64 %lld..%lld uint64 %llu\n", INT64_MIN, INT64_MAX, UINT64_MAX);
    printf("intptr %d..%d uintptr %u\n", INTPTR_MIN, INTPTR_MAX, UINTPTR_MAX);
    printf("SIZE_MAX %u PTRDIFF %d..%d\n", SIZE_MAX, PTRDIFF_MIN, PTRDIFF_MAX);
    printf("INTMAX_MAX %lld UINTMAX_MAX %llu\n", INTMAX_MAX, UINTMAX_MAX);
    printf("INT64_C(1) << 40 = %lld, UINT32_C(1) << 31 = %u\n", INT64_C(1) << 40, UINT32_C(1) << 31);
    printf("least/fast: %u %u %u %u\n", (unsigned)sizeof(int_least16_t), (unsigned)sizeof(int_fast16_t),
           (unsigned)sizeof(uint_least64_t), (unsigned)sizeof(uint_fast8_t));
    return 0;
}
