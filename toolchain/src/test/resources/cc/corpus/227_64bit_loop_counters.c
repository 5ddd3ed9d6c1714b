/* long long loop counters and accumulators. */
#include <stdio.h>

int main(void) {
    long long sum = 0;
    for (long long i = 1; i <= 100000; i++) {
        sum += i * i;
    }
    printf("sum of squares to 100000 = %lld\n", sum);
    unsigned long long p = 1;
    int steps = 0;
    while (p < 1000000000000000000ULL) {
        p *= 3;
        steps++;
    }
    printf("3^%d = %llu\n", steps, p);
    long long k = 0x100000005LL;
    int n = 0;
    for (; k > 0x100000000LL; k--) {
        n++;
    }
    printf("counted down %d times\n", n);
    return 0;
}
