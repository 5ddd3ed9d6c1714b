/* Building fixed-point and column output with integer printf: money, percentages, tables. */
#include <stdio.h>

static void money(long long cents) {
    const char *sign = cents < 0 ? "-" : "";
    unsigned long long c = cents < 0 ? 0 - (unsigned long long)cents : (unsigned long long)cents;
    printf("%s$%llu.%02llu\n", sign, c / 100, c % 100);
}

int main(void) {
    money(0);
    money(5);
    money(123456);
    money(-99);
    money(100000000000LL);
    int parts[] = {1, 3, 7, 11};
    int total = 22;
    for (int i = 0; i < 4; i++) {
        int tenths = parts[i] * 1000 / total;   /* per mille, integer only */
        printf("%2d of %d = %3d.%d%%\n", parts[i], total, tenths / 10, tenths % 10);
    }
    printf("%-10s|%8s|%6s\n", "name", "count", "share");
    printf("%-10s|%8d|%5d%%\n", "alpha", 1500, 60);
    printf("%-10s|%8d|%5d%%\n", "beta", 1000, 40);
    return 0;
}
