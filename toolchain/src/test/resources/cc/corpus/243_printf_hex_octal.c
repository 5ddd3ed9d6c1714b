/* %x %X %o print the unsigned value in hexadecimal or octal. */
#include <stdio.h>

int main(void) {
    unsigned values[] = {0, 1, 7, 8, 15, 16, 255, 256, 0xDEADBEEF, 0xFFFFFFFF};
    for (int i = 0; i < 10; i++) {
        printf("%10u: x [%x] X [%X] o [%o]\n", values[i], values[i], values[i], values[i]);
    }
    printf("[%x]\n", -1);
    printf("[%08X]\n", 0xBEEF);
    return 0;
}
