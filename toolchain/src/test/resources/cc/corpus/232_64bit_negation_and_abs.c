/* Negation and absolute value of 64-bit integers, including the most negative one via unsigned. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long long v[] = {0, 1, -1, 5000000000LL, -5000000000LL, LLONG_MAX};
    for (int i = 0; i < 6; i++) {
        printf("%lld: neg %lld, llabs %lld\n", v[i], -v[i], llabs(v[i]));
    }
    long long min = LLONG_MIN;
    unsigned long long magnitude = 0 - (unsigned long long)min;
    printf("|LLONG_MIN| = %llu\n", magnitude);
    printf("-(LLONG_MIN + 1) = %lld\n", -(min + 1));
    return 0;
}
