/* Comparing 64-bit values: the high words decide, then the low words (unsigned); signed versus unsigned. */
#include <stdio.h>

int main(void) {
    long long v[] = {0, 1, -1, 0x100000000LL, 0xFFFFFFFFLL, -0x100000000LL, 0x7FFFFFFFFFFFFFFFLL};
    int n = 7;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            printf("%d", (v[i] < v[j]) + 2 * (v[i] == v[j]));
        }
        printf("\n");
    }
    unsigned long long u1 = 0xFFFFFFFF00000000ULL, u2 = 0x00000001FFFFFFFFULL;
    printf("u1 > u2: %d, (long long)u1 > (long long)u2: %d\n", u1 > u2, (long long)u1 > (long long)u2);
    long long a = -1;
    unsigned long long b = 1;
    printf("-1LL < 1ULL: %d (converted to unsigned)\n", a < b);
    printf("0x100000000 == 0: %d, low word only would say yes\n", 0x100000000LL == 0);
    return 0;
}
