/* A three-dimensional array and the strides between its dimensions. */
#include <stdio.h>

int main(void) {
    int cube[2][3][4];
    int n = 0;
    for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 4; k++) {
                cube[i][j][k] = n++;
            }
        }
    }
    printf("cube[1][2][3] = %d\n", cube[1][2][3]);
    printf("cube[1][0][0] = %d\n", cube[1][0][0]);
    printf("sizeof cube = %u, cube[0] = %u, cube[0][0] = %u\n",
           (unsigned)sizeof cube, (unsigned)sizeof cube[0], (unsigned)sizeof cube[0][0]);
    int (*plane)[4] = cube[1];
    printf("plane[1][1] = %d\n", plane[1][1]);
    int sum = 0;
    for (int *p = &cube[0][0][0]; p < &cube[0][0][0] + 24; p++) {
        sum += *p;
    }
    printf("sum = %d\n", sum);
    return 0;
}
