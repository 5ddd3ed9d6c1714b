/* do ... while runs its body at least once. */
#include <stdio.h>

int main(void) {
    int i = 100;
    do {
        printf("body ran with i = %d\n", i);
    } while (i < 10);
    int n = 12345, digits = 0;
    do {
        digits++;
        n /= 10;
    } while (n != 0);
    printf("digits: %d\n", digits);
    n = 0;
    digits = 0;
    do {
        digits++;
        n /= 10;
    } while (n != 0);
    printf("digits of 0: %d\n", digits);
    int k = 0;
    do
        k += 3;
    while (k < 10);
    printf("k = %d\n", k);
    return 0;
}
