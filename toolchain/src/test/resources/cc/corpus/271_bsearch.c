/* bsearch finds a key in a sorted array, or returns NULL. */
#include <stdio.h>
#include <stdlib.h>

static int compare(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int primes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47};
    int n = sizeof primes / sizeof primes[0];
    for (int k = 0; k <= 50; k += 7) {
        int *found = bsearch(&k, primes, n, sizeof primes[0], compare);
        if (found) {
            printf("%d found at index %d\n", k, (int)(found - primes));
        } else {
            printf("%d not found\n", k);
        }
    }
    int first = 2, last = 47, none = 48;
    printf("first %d, last %d, past end %s\n", *(int *)bsearch(&first, primes, n, sizeof(int), compare),
           *(int *)bsearch(&last, primes, n, sizeof(int), compare),
           bsearch(&none, primes, n, sizeof(int), compare) ? "found" : "NULL");
    printf("empty array: %s\n", bsearch(&first, primes, 0, sizeof(int), compare) ? "found" : "NULL");
    return 0;
}
