/* break leaves the innermost loop; continue skips to its next pass (in a for, to the step). */
#include <stdio.h>

int main(void) {
    for (int i = 0; i < 10; i++) {
        if (i % 2 == 0) {
            continue;
        }
        if (i > 7) {
            break;
        }
        printf("%d ", i);
    }
    printf("\n");
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
            if (j == 2) {
                break;
            }
            printf("(%d,%d) ", i, j);
        }
    }
    printf("\n");
    int k = 0, odd = 0;
    while (k < 10) {
        k++;
        if (k % 2 == 0) {
            continue;
        }
        odd += k;
    }
    printf("sum of odd = %d\n", odd);
    int m = 0;
    do {
        m++;
        if (m < 5) {
            continue;   /* in a do-while, continue goes to the condition */
        }
        printf("m reached %d\n", m);
    } while (m < 5);
    return 0;
}
