/*
 * fault: writes to address 0, which no program may touch, so the kernel ends it with SIGSEGV
 * (its parent sees signal 11 in the wait status). For the shell's tests and the lessons.
 */
#include <stdio.h>

int main(void) {
    printf("fault: writing to address 0\n");
    fflush(stdout);
    *(volatile int *) 0 = 1;
    return 0;
}
