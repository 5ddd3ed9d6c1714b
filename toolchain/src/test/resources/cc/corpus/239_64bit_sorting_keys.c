/* Sorting 64-bit keys where the low words alone would give the wrong order. */
#include <stdio.h>

int main(void) {
    long long keys[] = {0x100000000LL, 5, -0x100000000LL, 0xFFFFFFFFLL, -1, 0x7FFFFFFF00000000LL, 0};
    int n = sizeof keys / sizeof keys[0];
    for (int i = 1; i < n; i++) {
        long long k = keys[i];
        int j = i - 1;
        while (j >= 0 && keys[j] > k) {
            keys[j + 1] = keys[j];
            j--;
        }
        keys[j + 1] = k;
    }
    for (int i = 0; i < n; i++) {
        printf("%lld\n", keys[i]);
    }
    return 0;
}
