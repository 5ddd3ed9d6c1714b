/* A student mistake: m[1, 2] is not m[1][2]; the comma operator makes it m[2], a whole row. */
#include <stdio.h>

int main(void) {
    int m[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    int *row = m[1, 2];   /* the comma operator: this is the row m[2] */
    printf("m[1, 2][0] = %d, m[1][2] = %d\n", row[0], m[1][2]);
    return 0;
}
