/* Ten thousand small blocks, half freed, the rest grown: every block keeps its own contents. */
#include <stdio.h>
#include <stdlib.h>

#define N 10000

static int *blocks[N];

int main(void) {
    for (int i = 0; i < N; i++) {
        int n = 1 + i % 7;
        blocks[i] = malloc(n * sizeof(int));
        for (int k = 0; k < n; k++) {
            blocks[i][k] = i * 10 + k;
        }
    }
    for (int i = 0; i < N; i += 2) {
        free(blocks[i]);
        blocks[i] = NULL;
    }
    for (int i = 1; i < N; i += 2) {
        int n = 1 + i % 7;
        blocks[i] = realloc(blocks[i], (n + 5) * sizeof(int));
        for (int k = n; k < n + 5; k++) {
            blocks[i][k] = -1;
        }
    }
    long long checksum = 0;
    int bad = 0;
    for (int i = 1; i < N; i += 2) {
        int n = 1 + i % 7;
        for (int k = 0; k < n; k++) {
            bad += blocks[i][k] != i * 10 + k;
            checksum += blocks[i][k];
        }
        free(blocks[i]);
    }
    printf("checksum %lld, corrupted values %d\n", checksum, bad);
    return 0;
}
