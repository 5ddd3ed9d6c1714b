/* A two-dimensional array is passed as a pointer to its first row: int (*m)[COLS], or m[][COLS]. */
#include <stdio.h>

#define COLS 3

static int sum(int m[][COLS], int rows) {
    int total = 0;
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < COLS; j++) {
            total += m[i][j];
        }
    }
    return total;
}

static void scale(int (*m)[COLS], int rows, int factor) {
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < COLS; j++) {
            m[i][j] *= factor;
        }
    }
}

int main(void) {
    int grid[2][COLS] = {{1, 2, 3}, {4, 5, 6}};
    printf("sum = %d\n", sum(grid, 2));
    scale(grid, 2, 10);
    printf("sum after scaling = %d\n", sum(grid, 2));
    printf("last row only: %d\n", sum(grid + 1, 1));
    return 0;
}
