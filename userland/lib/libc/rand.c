/*
 * rand.c: the pseudo-random generator given as an example in the C standard, so that a seed
 * gives the same sequence everywhere. RAND_MAX is 32767; the seed is 1 until srand is called.
 */
#include <stdlib.h>

static unsigned long next = 1;

int rand(void) {
    next = next * 1103515245 + 12345;
    return (int)((next / 65536) % 32768);
}

void srand(unsigned int seed) {
    next = seed;
}
