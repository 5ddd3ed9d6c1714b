/* Length modifiers hh h l ll z t j choose the argument's type. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    printf("hhd [%hhd] [%hhd] hhu [%hhu] hhx [%hhx]\n", 127, 128, 255 + 2, 0x1234);
    printf("hd [%hd] [%hd] hu [%hu] hx [%hx]\n", 32767, 32768, 65537, 0x12345);
    printf("ld [%ld] lu [%lu] lx [%lx]\n", -100000L, 4000000000UL, 0xCAFEUL);
    printf("lld [%lld] llu [%llu] llx [%llx]\n", -10000000000LL, 10000000000ULL, 0x123456789ULL);
    size_t z = 123456;
    ptrdiff_t t = -789;
    intmax_t j = -1234567890123LL;
    uintmax_t uj = 1234567890123ULL;
    printf("zu [%zu] zx [%zx] zd [%zd]\n", z, z, (size_t)77);
    printf("td [%td] tu [%tu]\n", t, (ptrdiff_t)789);
    printf("jd [%jd] ju [%ju] jx [%jx]\n", j, uj, uj);
    signed char sc = -5;
    short sh = -300;
    printf("hhd of signed char [%hhd], hd of short [%hd]\n", sc, sh);
    return 0;
}
