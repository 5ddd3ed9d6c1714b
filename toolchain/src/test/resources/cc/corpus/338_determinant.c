/* The determinant of integer matrices by Laplace expansion along the first row (recursion). */
#include <stdio.h>

#define MAX 6

static long long det(int n, long long m[MAX][MAX]) {
    if (n == 1) return m[0][0];
    long long total = 0, sign = 1;
    long long minor[MAX][MAX];
    for (int col = 0; col < n; col++) {
        for (int r = 1; r < n; r++) {
            for (int c = 0, k = 0; c < n; c++) {
                if (c != col) minor[r - 1][k++] = m[r][c];
            }
        }
        total += sign * m[0][col] * det(n - 1, minor);
        sign = -sign;
    }
    return total;
}

int main(void) {
    long long a[MAX][MAX] = {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}};
    printf("det 3x3 = %lld\n", det(3, a));
    long long hilbert_like[MAX][MAX];
    for (int i = 0; i < MAX; i++) {
        for (int j = 0; j < MAX; j++) {
            hilbert_like[i][j] = (i + 1) * (j + 2) % 7 + (i == j ? 10 : 0);
        }
    }
    printf("det 6x6 = %lld\n", det(MAX, hilbert_like));
    long long singular[MAX][MAX] = {{1, 2, 3}, {2, 4, 6}, {7, 8, 9}};
    printf("singular = %lld\n", det(3, singular));
    return 0;
}
