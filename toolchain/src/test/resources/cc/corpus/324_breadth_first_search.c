/* Breadth-first search through a maze on a grid, printing the shortest path. */
#include <stdio.h>
#include <string.h>

#define ROWS 7
#define COLS 11

static char maze[ROWS][COLS + 1] = {
    "S.#........",
    ".##.#####..",
    "....#...#..",
    "#.###.#.#.#",
    "#.....#...#",
    "###.#####..",
    "...#......E",
};

int main(void) {
    int dist[ROWS][COLS], from[ROWS][COLS];
    int queue[ROWS * COLS], head = 0, tail = 0;
    memset(dist, -1, sizeof dist);
    dist[0][0] = 0;
    queue[tail++] = 0;
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    while (head < tail) {
        int cell = queue[head++], r = cell / COLS, c = cell % COLS;
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= ROWS || nc < 0 || nc >= COLS || maze[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
            dist[nr][nc] = dist[r][c] + 1;
            from[nr][nc] = cell;
            queue[tail++] = nr * COLS + nc;
        }
    }
    printf("shortest path: %d steps, %d cells visited\n", dist[ROWS - 1][COLS - 1], tail);
    for (int cell = from[ROWS - 1][COLS - 1]; cell != 0; cell = from[cell / COLS][cell % COLS]) {
        maze[cell / COLS][cell % COLS] = '*';
    }
    for (int r = 0; r < ROWS; r++) {
        printf("%s\n", maze[r]);
    }
    return 0;
}
