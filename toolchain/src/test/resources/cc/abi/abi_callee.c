/* One side of the calling-convention test: the functions abi.h declares. */
#include "abi.h"

struct s24 shared = {'s', 0x123456789abcLL, 77};
int shared_array[4] = {1, 2, 3, 4};
long long shared_ll = -5;

struct s1 make_s1(int seed) { struct s1 r = {(char)seed}; return r; }
struct s2 make_s2(int seed) { struct s2 r = {(char)seed, (char)(seed + 1)}; return r; }
struct s3 make_s3(int seed) { struct s3 r = {(char)seed, (char)(seed + 1), (char)(seed + 2)}; return r; }
struct s4 make_s4(int seed) { struct s4 r = {(short)(seed * 300), (short)-seed}; return r; }
struct s5 make_s5(int seed) {
    struct s5 r;
    for (int i = 0; i < 5; i++) r.a[i] = (char)(seed + i * 3);
    return r;
}
struct s6 make_s6(int seed) { struct s6 r = {{(short)seed, (short)(seed * 2), (short)(seed * -3)}}; return r; }
struct s7 make_s7(int seed) {
    struct s7 r;
    for (int i = 0; i < 7; i++) r.a[i] = (char)(seed * i + 1);
    return r;
}
struct s8 make_s8(int seed) { struct s8 r = {seed, -seed * 1000}; return r; }
struct s8l make_s8l(int seed) { struct s8l r = {(long long)seed << 33 | 5}; return r; }
struct s12 make_s12(int seed) { struct s12 r = {seed, seed + 100, seed - 100}; return r; }
struct s16 make_s16(int seed) { struct s16 r = {{seed, seed * seed, -seed, 4}}; return r; }
struct s24 make_s24(int seed) { struct s24 r = {(char)seed, -(long long)seed << 40, seed * 7}; return r; }
struct mix make_mix(int seed) { struct mix r = {(char)(seed + 60), (short)(seed * 99)}; return r; }

long long take_all(struct s1 a, struct s2 b, struct s3 c, struct s4 d, struct s5 e, struct s6 f, struct s7 g,
                   struct s8 h, struct s8l i, struct s12 j, struct s16 k, struct s24 l, struct mix m) {
    long long x = 1;
    x = MIX(x, a); x = MIX(x, b); x = MIX(x, c); x = MIX(x, d); x = MIX(x, e); x = MIX(x, f); x = MIX(x, g);
    x = MIX(x, h); x = MIX(x, i); x = MIX(x, j); x = MIX(x, k);
    x = mixin(x, l.c); x = mixin(x, l.l); x = mixin(x, l.i);
    x = mixin(x, m.c); x = mixin(x, m.s);
    j.a = 999; /* the callee's copy: the caller's must not change */
    k.a[0] = 999;
    return x;
}

long long take_small_after_ints(int a, int b, int c, int d, int e, int f, int g, struct s8 h, struct s4 i) {
    long long x = a + b + c + d + e + f + g;
    x = MIX(x, h);
    return MIX(x, i);
}

long long ll_split(int a, int b, int c, int d, int e, int f, int g, long long h, int i) {
    return mixin(mixin(a + b + c + d + e + f + g, h), i);
}

long long ll_odd(int a, long long b, int c, long long d) {
    return mixin(mixin(mixin(a, b), c), d);
}

long long many(int a, char b, short c, long long d, unsigned char e, int f, long long g, int h, int i,
               long long j, signed char k, unsigned short l) {
    long long x = a;
    x = mixin(x, b); x = mixin(x, c); x = mixin(x, d); x = mixin(x, e); x = mixin(x, f);
    x = mixin(x, g); x = mixin(x, h); x = mixin(x, i); x = mixin(x, j); x = mixin(x, k);
    return mixin(x, l);
}

long long vsum(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    long long x = 7;
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': x = mixin(x, va_arg(ap, int)); break;
        case 'l': x = mixin(x, va_arg(ap, long long)); break;
        case 'p': x = mixin(x, *va_arg(ap, int *)); break;
        case 'a': { struct s8 s = va_arg(ap, struct s8); x = MIX(x, s); break; }
        case 'b': { struct s16 s = va_arg(ap, struct s16); x = MIX(x, s); break; }
        case 'c': { struct s3 s = va_arg(ap, struct s3); x = MIX(x, s); break; }
        case 'd': { struct s8l s = va_arg(ap, struct s8l); x = MIX(x, s); break; }
        }
    }
    va_end(ap);
    return x;
}

long long vcall(long long (*f)(const char *, ...)) {
    struct s8 a = make_s8(3);
    struct s16 b = make_s16(4);
    return f("ilibapl", 1, 0x100000002LL, 3, b, a, &shared_array[2], -1LL);
}

signed char ret_schar(int x) { return (signed char)x; }
unsigned char ret_uchar(int x) { return (unsigned char)x; }
short ret_short(int x) { return (short)x; }
unsigned short ret_ushort(int x) { return (unsigned short)x; }
_Bool ret_bool(int x) { return x; }

long long call_back(long long (*f)(struct s12, struct s3, long long, struct s5), int seed) {
    return f(make_s12(seed), make_s3(seed), (long long)seed << 35, make_s5(seed));
}
