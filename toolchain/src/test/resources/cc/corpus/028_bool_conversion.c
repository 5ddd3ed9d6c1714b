/* Converting to _Bool gives 1 for any non-zero value, not the low bit. */
#include <stdio.h>

int main(void) {
    _Bool a = 2;
    _Bool b = 0;
    _Bool c = -1;
    _Bool d = 256;
    _Bool e = 0x100000000LL;
    int x = 5;
    _Bool f = &x;
    printf("%d %d %d %d %d %d\n", a, b, c, d, e, f);
    _Bool g = 1;
    g++;
    printf("1 incremented: %d\n", g);
    g = 0;
    g--;
    printf("0 decremented: %d\n", g);
    printf("a + a = %d\n", a + a);
    printf("sizeof(_Bool) = %u\n", (unsigned)sizeof(_Bool));
    return 0;
}
