/* The n-queens puzzle by backtracking: the number of solutions for n = 1..9, and the first for 8. */
#include <stdio.h>

static int cols[12];
static int first[12];
static int found_first;

static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = cols[r];
        if (c == col || c - col == r - row || c - col == row - r) {
            return 0;
        }
    }
    return 1;
}

static int solve(int row, int n) {
    if (row == n) {
        if (!found_first) {
            found_first = 1;
            for (int i = 0; i < n; i++) first[i] = cols[i];
        }
        return 1;
    }
    int count = 0;
    for (int c = 0; c < n; c++) {
        if (safe(row, c)) {
            cols[row] = c;
            count += solve(row + 1, n);
        }
    }
    return count;
}

int main(void) {
    for (int n = 1; n <= 9; n++) {
        found_first = n != 8;
        printf("%d queens: %d solutions\n", n, solve(0, n));
    }
    for (int r = 0; r < 8; r++) {
        for (int c = 0; c < 8; c++) {
            putchar(first[r] == c ? 'Q' : '.');
        }
        putchar('\n');
    }
    return 0;
}
