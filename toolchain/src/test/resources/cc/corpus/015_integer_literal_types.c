/* The type of a literal without suffix is the first that holds it (C99 6.4.4.1): decimal ones
   go int, long, long long; octal and hex ones may also become unsigned. */
#include <stdio.h>

int main(void) {
    printf("2147483647: %u bytes\n", (unsigned)sizeof(2147483647));
    printf("2147483648: %u bytes\n", (unsigned)sizeof(2147483648));
    printf("0x7fffffff: %u bytes\n", (unsigned)sizeof(0x7fffffff));
    printf("0x80000000: %u bytes\n", (unsigned)sizeof(0x80000000));
    printf("0xffffffff: %u bytes\n", (unsigned)sizeof(0xffffffff));
    printf("4294967295: %u bytes\n", (unsigned)sizeof(4294967295));
    printf("0x100000000: %u bytes\n", (unsigned)sizeof(0x100000000));
    printf("0x80000000 > 0: %d\n", 0x80000000 > 0);
    printf("-2147483648 < 0: %d\n", -2147483648 < 0);
    printf("-0x80000000 > 0: %d\n", -0x80000000 > 0);
    printf("1u: %u bytes, 1ll: %u bytes\n", (unsigned)sizeof(1u), (unsigned)sizeof(1ll));
    return 0;
}
