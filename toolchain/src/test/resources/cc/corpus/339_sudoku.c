/* A sudoku solver by backtracking. */
#include <stdio.h>

static char grid[9][10] = {
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
};

static long tries;

static int allowed(int r, int c, char d) {
    for (int i = 0; i < 9; i++) {
        if (grid[r][i] == d || grid[i][c] == d) return 0;
        if (grid[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == d) return 0;
    }
    return 1;
}

static int solve(int cell) {
    if (cell == 81) return 1;
    int r = cell / 9, c = cell % 9;
    if (grid[r][c] != '.') return solve(cell + 1);
    for (char d = '1'; d <= '9'; d++) {
        tries++;
        if (allowed(r, c, d)) {
            grid[r][c] = d;
            if (solve(cell + 1)) return 1;
            grid[r][c] = '.';
        }
    }
    return 0;
}

int main(void) {
    int ok = solve(0);
    printf("solved: %d after %ld tries\n", ok, tries);
    for (int r = 0; r < 9; r++) {
        printf("%.3s %.3s %.3s\n", grid[r], grid[r] + 3, grid[r] + 6);
    }
    return 0;
}
