/* The sieve of Eratosthenes up to one million, on a byte array. */
#include <stdio.h>
#include <string.h>

#define LIMIT 1000000

static unsigned char composite[LIMIT + 1];

int main(void) {
    memset(composite, 0, sizeof composite);
    for (int i = 2; (long long)i * i <= LIMIT; i++) {
        if (!composite[i]) {
            for (int j = i * i; j <= LIMIT; j += i) {
                composite[j] = 1;
            }
        }
    }
    int count = 0, last = 0;
    long long sum = 0;
    for (int i = 2; i <= LIMIT; i++) {
        if (!composite[i]) {
            count++;
            sum += i;
            last = i;
        }
    }
    printf("%d primes below one million, the largest %d, sum %lld\n", count, last, sum);
    printf("first ten:");
    for (int i = 2, shown = 0; shown < 10; i++) {
        if (!composite[i]) {
            printf(" %d", i);
            shown++;
        }
    }
    printf("\n");
    return 0;
}
