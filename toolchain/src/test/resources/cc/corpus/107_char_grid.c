/* A two-dimensional array of chars used as a grid of strings. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char grid[4][6] = {"north", "east", "south", "west"};
    for (int i = 0; i < 4; i++) {
        printf("%d: %s (%u)\n", i, grid[i], (unsigned)strlen(grid[i]));
    }
    grid[1][0] = 'E';
    strcpy(grid[3], "WEST");
    printf("%s %s\n", grid[1], grid[3]);
    printf("grid[0][5] = %d (the terminator)\n", grid[0][5]);
    printf("grid[1][4..5] = %d %d (padding zeros)\n", grid[1][4], grid[1][5]);
    char maze[3][4] = {"#.#", "...", "#.#"};
    int open = 0;
    for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
            open += maze[r][c] == '.';
        }
    }
    printf("open cells: %d\n", open);
    return 0;
}
