/* Field width pads to a minimum; precision gives integers a minimum number of digits. */
#include <stdio.h>

int main(void) {
    printf("[%5d] [%-5d] [%05d]\n", 42, 42, 42);
    printf("[%5d] [%-5d] [%05d]\n", -42, -42, -42);
    printf("[%2d] [%1d] [%0d]\n", 12345, 12345, 12345);
    printf("[%.3d] [%.3d] [%.0d] [%.0d]\n", 7, -7, 0, 1);
    printf("[%8.3d] [%-8.3d] [%08.3d]\n", 7, 7, 7);
    printf("[%5.0d] [%-5.0d|]\n", 0, 0);
    printf("[%.10u] [%3.1u]\n", 123u, 5u);
    printf("[%10.4x] [%-10.6X|]\n", 0xabu, 0xabu);
    printf("[%.d]\n", 0);
    return 0;
}
