/* The calling-convention test: what one side defines and the other calls. Compiled by GCC on
   one side and by Minnow on the other, both ways round; every function mixes its arguments
   into a checksum, so a value in the wrong register or stack slot changes the output. */
#include "testlib.h"

struct s1 { char a; };
struct s2 { char a, b; };
struct s3 { char a, b, c; };
struct s4 { short a, b; };
struct s5 { char a[5]; };
struct s6 { short a[3]; };
struct s7 { char a[7]; };
struct s8 { int a, b; };
struct s8l { long long a; };
struct s12 { int a, b, c; };
struct s16 { int a[4]; };
struct s24 { char c; long long l; int i; };
struct mix { char c; short s; };

static inline long long mixin(long long h, long long v) {
    return h * 31 + v;
}

static inline long long bytes_of(long long h, const void *p, int n) {
    const unsigned char *b = p;
    for (int i = 0; i < n; i++) {
        h = mixin(h, b[i]);
    }
    return h;
}

#define MIX(h, x) bytes_of(h, &(x), sizeof(x))

/* defined in abi_callee.c */
struct s1 make_s1(int seed);
struct s2 make_s2(int seed);
struct s3 make_s3(int seed);
struct s4 make_s4(int seed);
struct s5 make_s5(int seed);
struct s6 make_s6(int seed);
struct s7 make_s7(int seed);
struct s8 make_s8(int seed);
struct s8l make_s8l(int seed);
struct s12 make_s12(int seed);
struct s16 make_s16(int seed);
struct s24 make_s24(int seed);
struct mix make_mix(int seed);
long long take_all(struct s1 a, struct s2 b, struct s3 c, struct s4 d, struct s5 e, struct s6 f, struct s7 g,
                   struct s8 h, struct s8l i, struct s12 j, struct s16 k, struct s24 l, struct mix m);
long long take_small_after_ints(int a, int b, int c, int d, int e, int f, int g, struct s8 h, struct s4 i);
long long ll_split(int a, int b, int c, int d, int e, int f, int g, long long h, int i);
long long ll_odd(int a, long long b, int c, long long d);
long long many(int a, char b, short c, long long d, unsigned char e, int f, long long g, int h, int i,
               long long j, signed char k, unsigned short l);
long long vsum(const char *types, ...);
long long vcall(long long (*f)(const char *, ...));
signed char ret_schar(int x);
unsigned char ret_uchar(int x);
short ret_short(int x);
unsigned short ret_ushort(int x);
_Bool ret_bool(int x);
long long call_back(long long (*f)(struct s12, struct s3, long long, struct s5), int seed);
extern struct s24 shared;
extern int shared_array[4];
extern long long shared_ll;
