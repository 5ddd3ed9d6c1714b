/* Collatz chains of a few starting values: some climb past 2^32 on the way, so the values need
   64 bits; and the longest chain below 10000. */
#include <stdio.h>

static unsigned chain(unsigned long long n, unsigned long long *peak) {
    unsigned length = 1;
    *peak = n;
    while (n != 1) {
        n = (n & 1) ? 3 * n + 1 : n >> 1;
        if (n > *peak) {
            *peak = n;
        }
        length++;
    }
    return length;
}

int main(void) {
    unsigned starts[] = {27, 77031, 113383, 159487, 837799};
    for (int i = 0; i < 5; i++) {
        unsigned long long peak;
        unsigned length = chain(starts[i], &peak);
        printf("%u: %u terms, peak %llu%s\n", starts[i], length, peak, peak > 0xFFFFFFFFULL ? " (past 2^32)" : "");
    }
    unsigned best_start = 0, best_length = 0;
    for (unsigned start = 1; start < 10000; start++) {
        unsigned long long peak;
        unsigned length = chain(start, &peak);
        if (length > best_length) {
            best_length = length;
            best_start = start;
        }
    }
    printf("longest chain below 10000 starts at %u with %u terms\n", best_start, best_length);
    return 0;
}
