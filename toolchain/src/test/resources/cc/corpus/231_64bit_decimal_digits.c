/* Dividing by constants (10, 3, 1000) with 64-bit values: printing digits by hand. */
#include <stdio.h>

static void print_digits(unsigned long long v) {
    char buf[21];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n > 0) {
        putchar(buf[--n]);
    }
}

static void print_grouped(long long v) {
    unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
    int groups[7], n = 0;
    do {
        groups[n++] = (int)(u % 1000);
        u /= 1000;
    } while (u);
    if (v < 0) putchar('-');
    printf("%d", groups[--n]);
    while (n > 0) {
        printf(",%03d", groups[--n]);
    }
}

int main(void) {
    print_digits(0); putchar('\n');
    print_digits(18446744073709551615ULL); putchar('\n');
    print_grouped(1234567890123LL); putchar('\n');
    print_grouped(-9223372036854775807LL - 1); putchar('\n');
    unsigned long long third = 0xFFFFFFFFFFFFFFFFULL / 3;
    printf("max / 3 = %llu, max %% 3 = %llu\n", third, 0xFFFFFFFFFFFFFFFFULL % 3);
    return 0;
}
