/* A union to look at a 64-bit value as two 32-bit halves (little-endian: low half first). */
#include <stdio.h>

union split64 {
    unsigned long long whole;
    struct {
        unsigned int low;
        unsigned int high;
    } half;
};

int main(void) {
    union split64 s;
    s.whole = 0x0123456789ABCDEFULL;
    printf("low 0x%08x high 0x%08x\n", s.half.low, s.half.high);
    s.half.high = 0xFFFFFFFF;
    printf("whole 0x%016llx\n", s.whole);
    s.half.low += 0x11;
    printf("whole 0x%016llx\n", s.whole);
    return 0;
}
