/* rand is the generator of the C standard's example: the same seed gives the same numbers. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("RAND_MAX = %d\n", RAND_MAX);
    printf("seed 1:");
    for (int i = 0; i < 5; i++) {
        printf(" %d", rand());
    }
    printf("\n");
    srand(42);
    int first = rand();
    srand(42);
    printf("srand(42) repeats: %d\n", first == rand());
    srand(1);
    printf("srand(1) restarts: %d\n", rand());
    int counts[6] = {0};
    for (int i = 0; i < 6000; i++) {
        counts[rand() % 6]++;
    }
    printf("dice:");
    for (int i = 0; i < 6; i++) {
        printf(" %d", counts[i]);
    }
    printf("\n");
    return 0;
}
