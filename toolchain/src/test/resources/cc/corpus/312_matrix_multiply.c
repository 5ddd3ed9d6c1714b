/* Matrix multiplication: a small exact example, then powers of the Fibonacci matrix. */
#include <stdio.h>

#define N 4

static void multiply(long long a[2][2], long long b[2][2], long long out[2][2]) {
    long long r[2][2];
    for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
            r[i][j] = 0;
            for (int k = 0; k < 2; k++) {
                r[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
            out[i][j] = r[i][j];
        }
    }
}

int main(void) {
    int a[N][N], b[N][N], c[N][N];
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            a[i][j] = i + j;
            b[i][j] = i == j ? 2 : (i - j);
        }
    }
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            c[i][j] = 0;
            for (int k = 0; k < N; k++) {
                c[i][j] += a[i][k] * b[k][j];
            }
            printf("%5d", c[i][j]);
        }
        printf("\n");
    }
    long long result[2][2] = {{1, 0}, {0, 1}};
    long long fib[2][2] = {{1, 1}, {1, 0}};
    int n = 80;
    while (n > 0) {   /* fast exponentiation */
        if (n & 1) multiply(result, fib, result);
        multiply(fib, fib, fib);
        n >>= 1;
    }
    printf("F(80) = %lld\n", result[0][1]);
    return 0;
}
