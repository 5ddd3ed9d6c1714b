/* The first program: one line of output and a clean exit. */
#include <stdio.h>

int main(void) {
    printf("Hello, world!\n");
    return 0;
}
