/* Conway's game of life on a wrapping 10x10 board: a glider for four generations. */
#include <stdio.h>
#include <string.h>

#define N 10

static void show(char b[N][N], int gen) {
    printf("generation %d:\n", gen);
    for (int r = 0; r < 6; r++) {
        for (int c = 0; c < N; c++) {
            putchar(b[r][c] ? '#' : '.');
        }
        putchar('\n');
    }
}

static void step(char b[N][N]) {
    char next[N][N];
    for (int r = 0; r < N; r++) {
        for (int c = 0; c < N; c++) {
            int n = 0;
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    if (dr || dc) n += b[(r + dr + N) % N][(c + dc + N) % N];
                }
            }
            next[r][c] = (char)(n == 3 || (n == 2 && b[r][c]));
        }
    }
    memcpy(b, next, sizeof next);
}

int main(void) {
    char board[N][N] = {{0}};
    board[0][1] = board[1][2] = board[2][0] = board[2][1] = board[2][2] = 1;
    for (int gen = 0; gen <= 4; gen++) {
        if (gen % 2 == 0) show(board, gen);
        step(board);
    }
    for (int gen = 5; gen < 40; gen++) step(board);
    int alive = 0;
    for (int r = 0; r < N; r++) for (int c = 0; c < N; c++) alive += board[r][c];
    printf("after 40 generations: %d cells alive\n", alive);
    return 0;
}
