/* The other side of the calling-convention test: main calls everything in abi_callee.c. */
#include "abi.h"

static long long callback(struct s12 a, struct s3 b, long long c, struct s5 d) {
    long long x = MIX(0, a);
    x = MIX(x, b);
    x = mixin(x, c);
    return MIX(x, d);
}

#define SHOW(name, value) printf("%s %lld\n", name, (long long)(value))

int main(void) {
    struct s1 a = make_s1(1);
    struct s2 b = make_s2(2);
    struct s3 c = make_s3(3);
    struct s4 d = make_s4(4);
    struct s5 e = make_s5(5);
    struct s6 f = make_s6(6);
    struct s7 g = make_s7(7);
    struct s8 h = make_s8(8);
    struct s8l i = make_s8l(9);
    struct s12 j = make_s12(10);
    struct s16 k = make_s16(11);
    struct s24 l = make_s24(12);
    struct mix m = make_mix(13);
    SHOW("s1", MIX(0, a));
    SHOW("s2", MIX(0, b));
    SHOW("s3", MIX(0, c));
    SHOW("s4", MIX(0, d));
    SHOW("s5", MIX(0, e));
    SHOW("s6", MIX(0, f));
    SHOW("s7", MIX(0, g));
    SHOW("s8", MIX(0, h));
    SHOW("s8l", MIX(0, i));
    SHOW("s12", MIX(0, j));
    SHOW("s16", MIX(0, k));
    SHOW("s24", mixin(mixin(mixin(0, l.c), l.l), l.i));
    SHOW("mix", mixin(mixin(0, m.c), m.s));
    SHOW("take_all", take_all(a, b, c, d, e, f, g, h, i, j, k, l, m));
    SHOW("unchanged", j.a + k.a[0]);
    SHOW("after_ints", take_small_after_ints(1, 2, 3, 4, 5, 6, 7, h, d));
    SHOW("ll_split", ll_split(1, 2, 3, 4, 5, 6, 7, 0x1122334455667788LL, 9));
    SHOW("ll_odd", ll_odd(1, -2LL, 3, 0x7fffffffffffffffLL));
    SHOW("many", many(1, 'b', -3, 4LL << 40, 250, 6, -7LL, 8, 9, 10LL << 50, -11, 65535));
    SHOW("vsum ints", vsum("iiiiiiiiii", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    SHOW("vsum aligned", vsum("lilil", 1LL, 2, 3LL << 32, 4, -5LL));
    SHOW("vsum a7", vsum("iiiiiil", 1, 2, 3, 4, 5, 6, 0x700000007LL));
    SHOW("vsum structs", vsum("acbdc", h, c, k, i, c));
    SHOW("vsum pointer", vsum("pi", &shared_array[1], 5));
    SHOW("vcall here", vcall(vsum));
    SHOW("schar", ret_schar(200));
    SHOW("uchar", ret_uchar(-1));
    SHOW("short", ret_short(40000));
    SHOW("ushort", ret_ushort(-2));
    SHOW("bool", ret_bool(256));
    SHOW("sum small", ret_schar(200) + ret_uchar(200) + ret_short(-1) + ret_ushort(-1));
    SHOW("callback", call_back(callback, 21));
    SHOW("shared", mixin(mixin(shared.c, shared.l), shared.i));
    SHOW("shared array", shared_array[0] + shared_array[3]);
    shared_ll *= 3;
    SHOW("shared ll", shared_ll);
    return 0;
}
