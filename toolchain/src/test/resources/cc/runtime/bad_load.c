/* Loads from an address where nothing is mapped: the trap handler reports it and ends the run. */
#include <stdio.h>

int main(void) {
    volatile int *nowhere = (volatile int *)0x40;
    printf("before the bad load\n");
    int v = *nowhere;
    printf("not reached: %d\n", v);
    return 0;
}
