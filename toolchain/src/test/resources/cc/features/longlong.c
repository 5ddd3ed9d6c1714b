/* 64-bit integers: arithmetic in register pairs, the runtime's division, conversions. */
#include "check.h"

long long gl = 0x123456789abcdefLL;

static long long add(long long a, long long b) { return a + b; }
static unsigned long long mulu(unsigned long long a, unsigned long long b) { return a * b; }
static long long shift(long long v, int n, int left) { return left ? v << n : v >> n; }
static int mixed(int a, long long b, int c, long long d) { return a + (int)b + c + (int)d; }

int main(void) {
    long long a = 1000000000000LL;
    ASSERT(1, a == 1000000000000LL);
    ASSERT(1, a + a == 2000000000000LL);
    ASSERT(1, add(0xffffffffLL, 1) == 0x100000000LL);
    ASSERT(1, add(-1, -1) == -2);
    ASSERT(1, a - 1 == 999999999999LL);
    ASSERT(1, 0x100000000LL - 1 == 0xffffffffLL);
    ASSERT(1, a * 3 == 3000000000000LL);
    ASSERT(1, mulu(0xffffffffu, 0xffffffffu) == 0xfffffffe00000001ULL);
    ASSERT(1, -a * 7 == -7000000000000LL);
    ASSERT(1, a / 7 == 142857142857LL);
    ASSERT(1, -a / 7 == -142857142857LL);
    ASSERT(1, a % 7 == 1);
    ASSERT(1, -a % 7 == -1);
    ASSERT(1, 0xffffffffffffffffULL / 3 == 0x5555555555555555ULL);
    ASSERT(1, 0xffffffffffffffffULL % 10 == 5);
    ASSERT(1, shift(1, 40, 1) == 0x10000000000LL);
    ASSERT(1, shift(1, 31, 1) == 0x80000000LL);
    ASSERT(1, shift(3, 0, 1) == 3);
    ASSERT(1, shift(-1, 63, 0) == -1);
    ASSERT(1, shift(0x123456789LL, 4, 0) == 0x12345678LL);
    ASSERT(1, shift(0x8000000000000000LL, 40, 0) == -8388608);
    ASSERT(1, (0x8000000000000000ULL >> 40) == 8388608);
    ASSERT(1, (unsigned long long)-1 >> 32 == 0xffffffffULL);
    ASSERT(1, -1LL < 0);
    ASSERT(0, -1LL < 0ULL);
    ASSERT(1, 0x100000000LL > 0xffffffffLL);
    ASSERT(1, -0x100000000LL < -0xffffffffLL);
    ASSERT(1, 5LL <= 5LL);
    ASSERT(0, 6LL <= 5LL);
    ASSERT(1, (long long)-5 == -5);
    ASSERT(1, (long long)0xffffffffu == 4294967295LL);
    ASSERT(1, (long long)(int)0xffffffffu == -1);
    ASSERT(-1, (int)0xffffffffffffffffLL);
    ASSERT(1, (unsigned)0x1234567800000009ULL == 9);
    ASSERT(1, (char)0x1ff == -1);
    ASSERT(1, ~0LL == -1);
    ASSERT(1, (0xf0f0f0f0f0f0f0f0LL & 0xff00ff00ff00ff00LL) == (long long)0xf000f000f000f000ULL);
    ASSERT(1, (1LL | 0x100000000LL) == 0x100000001LL);
    ASSERT(1, (gl ^ gl) == 0);
    ASSERT(1, !0LL);
    ASSERT(0, !0x100000000LL);
    ASSERT(1, 0x100000000LL ? 1 : 0);
    ASSERT(1, 0x100000000LL && 1);
    ASSERT(10, mixed(1, 2, 3, 4));
    ASSERT(8, sizeof(a * 2));
    {
        long long x = 5;
        x += 0x100000000LL;
        ASSERT(1, x == 0x100000005LL);
        x <<= 4;
        ASSERT(1, x == 0x1000000050LL);
        x++;
        ASSERT(1, x == 0x1000000051LL);
        x = -x;
        ASSERT(1, x == -0x1000000051LL);
        unsigned long long u = 10;
        u -= 11;
        ASSERT(1, u == 0xffffffffffffffffULL);
    }
    switch (0x200000001LL) {
    case 1: ASSERT(0, 1); break;
    case 0x200000001LL: ASSERT(1, 1); break;
    default: ASSERT(0, 1);
    }
    DONE();
}
