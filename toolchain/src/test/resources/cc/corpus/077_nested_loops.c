/* Nested loops: a multiplication table and a triangle. */
#include <stdio.h>

int main(void) {
    for (int i = 1; i <= 5; i++) {
        for (int j = 1; j <= 5; j++) {
            printf("%4d", i * j);
        }
        printf("\n");
    }
    for (int row = 1; row <= 4; row++) {
        for (int s = 0; s < 4 - row; s++) {
            putchar(' ');
        }
        for (int k = 0; k < 2 * row - 1; k++) {
            putchar('*');
        }
        putchar('\n');
    }
    return 0;
}
