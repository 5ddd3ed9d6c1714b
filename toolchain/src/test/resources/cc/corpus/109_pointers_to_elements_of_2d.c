/* An array of row pointers (a "jagged" array) versus a true 2D array. */
#include <stdio.h>

int main(void) {
    int row0[] = {1};
    int row1[] = {2, 3};
    int row2[] = {4, 5, 6};
    int *rows[] = {row0, row1, row2};
    int lengths[] = {1, 2, 3};
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < lengths[i]; j++) {
            printf("%d ", rows[i][j]);
        }
        printf("\n");
    }
    int **pp = rows;
    printf("pp[2][1] = %d, *pp[1] = %d, (*pp)[0] = %d\n", pp[2][1], *pp[1], (*pp)[0]);
    return 0;
}
