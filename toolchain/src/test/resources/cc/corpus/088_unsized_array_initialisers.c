/* An array declared without a size takes it from its initialiser. */
#include <stdio.h>

int primes[] = {2, 3, 5, 7, 11, 13};
char greeting[] = "hello";
const char *words[] = {"one", "two", "three"};
int sparse[] = {[4] = 1, [9] = 2};

int main(void) {
    int local[] = {1, 2, 3, 4};
    char letters[] = {'a', 'b', 'c'};
    printf("primes: %u elements\n", (unsigned)(sizeof primes / sizeof primes[0]));
    printf("greeting: %u bytes (with the terminating zero)\n", (unsigned)sizeof greeting);
    printf("words: %u elements\n", (unsigned)(sizeof words / sizeof words[0]));
    printf("sparse: %u elements\n", (unsigned)(sizeof sparse / sizeof sparse[0]));
    printf("local: %u, letters: %u\n", (unsigned)sizeof local, (unsigned)sizeof letters);
    int matrix[][2] = {{1, 2}, {3, 4}, {5, 6}};
    printf("matrix: %u rows\n", (unsigned)(sizeof matrix / sizeof matrix[0]));
    return 0;
}
