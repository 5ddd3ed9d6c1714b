/* long long arguments and return values, in registers and on the stack. */
#include <stdio.h>

static long long scale(long long v, int factor) {
    return v * factor;
}

static unsigned long long combine(unsigned hi, unsigned lo) {
    return (unsigned long long)hi << 32 | lo;
}

static long long sum8(long long a, long long b, long long c, long long d, long long e, long long f,
                      long long g, long long h) {
    return a + b + c + d + e + f + g + h;
}

static long long pick(int which, long long a, int pad, long long b) {
    (void)pad;
    return which ? b : a;
}

int main(void) {
    printf("scale = %lld\n", scale(1LL << 40, -3));
    printf("combine = 0x%016llx\n", combine(0xDEADBEEF, 0x12345678));
    printf("sum8 = %lld\n", sum8(1, 2LL << 32, 3, 4LL << 32, 5, 6LL << 32, 7, 8LL << 32));
    printf("pick = %lld %lld\n", pick(0, -11, 99, 22), pick(1, -11, 99, 22));
    return 0;
}
