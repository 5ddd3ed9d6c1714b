/* printf's integer conversions %d %i %u with plain, negative and extreme values. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    int values[] = {0, 1, -1, 42, -42, 1000000, INT_MAX, INT_MIN};
    for (int i = 0; i < 8; i++) {
        printf("[%d] [%i] [%u]\n", values[i], values[i], (unsigned)values[i]);
    }
    printf("[%u]\n", UINT_MAX);
    printf("[%d%d%d]\n", 1, 2, 3);
    printf("[%d] [%d]\n", 'A', (char)-3);
    return 0;
}
