/* Walking a matrix in a spiral, and transposing and rotating it. */
#include <stdio.h>

#define R 4
#define C 5

int main(void) {
    int m[R][C];
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            m[i][j] = i * C + j + 1;
    int top = 0, bottom = R - 1, left = 0, right = C - 1;
    printf("spiral:");
    while (top <= bottom && left <= right) {
        for (int j = left; j <= right; j++) printf(" %d", m[top][j]);
        top++;
        for (int i = top; i <= bottom; i++) printf(" %d", m[i][right]);
        right--;
        if (top <= bottom) {
            for (int j = right; j >= left; j--) printf(" %d", m[bottom][j]);
            bottom--;
        }
        if (left <= right) {
            for (int i = bottom; i >= top; i--) printf(" %d", m[i][left]);
            left++;
        }
    }
    printf("\nrotated clockwise:\n");
    for (int j = 0; j < C; j++) {
        for (int i = R - 1; i >= 0; i--) printf("%3d", m[i][j]);
        printf("\n");
    }
    return 0;
}
