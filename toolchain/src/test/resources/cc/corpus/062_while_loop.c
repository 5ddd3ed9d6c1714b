/* while: the condition is tested before each pass. */
#include <stdio.h>

int main(void) {
    int n = 27, steps = 0;
    while (n != 1) {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1;
        steps++;
    }
    printf("Collatz steps from 27: %d\n", steps);
    int i = 10;
    while (i < 5) {
        printf("never\n");
    }
    unsigned bits = 0xF0F0, count = 0;
    while (bits) {
        count += bits & 1;
        bits >>= 1;
    }
    printf("set bits: %u\n", count);
    return 0;
}
