/* A two-dimensional array is an array of rows, laid out row after row. */
#include <stdio.h>

int main(void) {
    int m[3][4];
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
            m[i][j] = i * 10 + j;
        }
    }
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
            printf("%3d", m[i][j]);
        }
        printf("\n");
    }
    int *flat = &m[0][0];
    printf("flat[5] = %d (row 1, column 1)\n", flat[5]);
    printf("sizeof m = %u, sizeof m[0] = %u, sizeof m[0][0] = %u\n",
           (unsigned)sizeof m, (unsigned)sizeof m[0], (unsigned)sizeof m[0][0]);
    printf("rows are %d bytes apart\n", (int)((char *)m[1] - (char *)m[0]));
    int (*row)[4] = m + 2;
    printf("(*row)[3] = %d, row[0][1] = %d\n", (*row)[3], row[0][1]);
    printf("*(*(m + 1) + 2) = %d\n", *(*(m + 1) + 2));
    return 0;
}
