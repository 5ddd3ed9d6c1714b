/* Executes the all-zero word, which is not an instruction. */
#include <stdio.h>

int main(void) {
    printf("before the illegal instruction\n");
    __asm__ volatile(".word 0");
    printf("not reached\n");
    return 0;
}
