/* A 64-bit value is true when either half is non-zero: 0x100000000 is true though its low word is 0. */
#include <stdio.h>

int main(void) {
    long long v = 0x100000000LL;
    printf("!v = %d, v != 0 = %d, (_Bool)v = %d\n", !v, v != 0, (_Bool)v);
    if (v) {
        printf("if (v) taken\n");
    }
    printf("v && 1 = %d, v || 0 = %d\n", v && 1, v || 0);
    printf("v ? 1 : 2 = %d\n", v ? 1 : 2);
    int loops = 0;
    for (unsigned long long w = 0x300000000ULL; w; w -= 0x100000000ULL) {
        loops++;
    }
    printf("loops = %d\n", loops);
    long long zero = 0;
    printf("!zero = %d\n", !zero);
    return 0;
}
