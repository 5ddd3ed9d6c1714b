/* int64_t and uint64_t from stdint.h, printed with the PRI macros of inttypes.h. */
#include <inttypes.h>
#include <stdio.h>

int main(void) {
    int64_t a = INT64_C(-1234567890123);
    uint64_t b = UINT64_C(0xFEDCBA9876543210);
    int32_t c = INT32_MIN;
    uint32_t d = UINT32_MAX;
    printf("a = %" PRId64 "\n", a);
    printf("b = %" PRIu64 " = 0x%" PRIx64 " = 0X%" PRIX64 "\n", b, b, b);
    printf("c = %" PRId32 ", d = %" PRIu32 " = 0x%" PRIx32 "\n", c, d, d);
    printf("INT64_MAX = %" PRId64 ", INT64_MIN = %" PRIi64 "\n", INT64_MAX, INT64_MIN);
    printf("UINT64_MAX = %" PRIu64 " = 0%" PRIo64 "\n", UINT64_MAX, UINT64_MAX);
    int8_t e = -8;
    uint16_t f = 65535;
    printf("e = %" PRId8 ", f = %" PRIu16 "\n", e, f);
    intmax_t g = INTMAX_MAX;
    printf("g = %" PRIdMAX "\n", g);
    printf("sizes: %u %u %u %u\n", (unsigned)sizeof(int8_t), (unsigned)sizeof(int16_t), (unsigned)sizeof(int32_t),
           (unsigned)sizeof(int64_t));
    return 0;
}
