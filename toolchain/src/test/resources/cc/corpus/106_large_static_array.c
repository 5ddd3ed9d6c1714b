/* A large zero-initialised static array lives in .bss, which the start-up code zeroes. */
#include <stdio.h>

static char big[200000];
static int counts[256];

int main(void) {
    int nonzero = 0;
    for (int i = 0; i < (int)sizeof big; i++) {
        if (big[i] != 0) {
            nonzero++;
        }
    }
    printf("nonzero bytes at start: %d\n", nonzero);
    for (int i = 0; i < (int)sizeof big; i++) {
        big[i] = (char)(i % 251);
    }
    for (int i = 0; i < (int)sizeof big; i++) {
        counts[(unsigned char)big[i]]++;
    }
    printf("counts[0] = %d, counts[250] = %d, counts[251] = %d\n", counts[0], counts[250], counts[251]);
    printf("&big[199999] - &big[0] = %d\n", (int)(&big[199999] - &big[0]));
    return 0;
}
