/* A pointer into the middle of an array may be indexed with negative numbers. */
#include <stdio.h>

int main(void) {
    int a[9];
    for (int i = 0; i < 9; i++) {
        a[i] = i * i;
    }
    int *mid = &a[4];
    for (int d = -4; d <= 4; d++) {
        printf("mid[%d] = %d\n", d, mid[d]);
    }
    char text[] = "abcdef";
    char *end = text + 6;
    printf("end[-1] = %c, end[-6] = %c\n", end[-1], end[-6]);
    return 0;
}
