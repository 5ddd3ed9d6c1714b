/*
 * 64-bit division and remainder for a 32-bit machine: the helpers of GCC's libgcc that code
 * from both compilers calls for long long '/' and '%'. Long division, one quotient bit per
 * step, with a quick path when both numbers fit in 32 bits. As the hardware does for 32 bits,
 * division by zero gives a quotient of all ones and leaves the dividend as the remainder.
 */
typedef unsigned long long u64;
typedef long long s64;

static u64 divide(u64 n, u64 d, u64 *remainder) {
    if (d == 0) {
        *remainder = n;
        return ~0ULL;
    }
    if ((n >> 32) == 0 && (d >> 32) == 0) {
        unsigned nn = (unsigned)n;
        unsigned dd = (unsigned)d;
        *remainder = nn % dd;
        return nn / dd;
    }
    u64 q = 0;
    u64 r = 0;
    for (int i = 63; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= 1ULL << i;
        }
    }
    *remainder = r;
    return q;
}

u64 __udivdi3(u64 a, u64 b) {
    u64 r;
    return divide(a, b, &r);
}

u64 __umoddi3(u64 a, u64 b) {
    u64 r;
    divide(a, b, &r);
    return r;
}

s64 __divdi3(s64 a, s64 b) {
    u64 r;
    u64 q = divide(a < 0 ? -(u64)a : (u64)a, b < 0 ? -(u64)b : (u64)b, &r);
    return (a < 0) != (b < 0) ? -(s64)q : (s64)q;
}

s64 __moddi3(s64 a, s64 b) {
    u64 r;
    divide(a < 0 ? -(u64)a : (u64)a, b < 0 ? -(u64)b : (u64)b, &r);
    return a < 0 ? -(s64)r : (s64)r;
}
