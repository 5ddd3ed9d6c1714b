/* Nested initialisers for global arrays and structs, with inner braces left out or partial. */
#include <stdio.h>

int matrix[3][4] = {{1, 2}, {5, 6, 7, 8}, {9}};
int flat_braces[2][3] = {1, 2, 3, 4};   /* fills row by row */

struct line { struct { int x, y; } from, to; };
struct line lines[2] = {{{0, 0}, {3, 4}}, {1, 1, 2, 2}};

int main(void) {
    for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 4; c++) {
            printf("%d ", matrix[r][c]);
        }
        printf("\n");
    }
    for (int r = 0; r < 2; r++) {
        printf("%d %d %d\n", flat_braces[r][0], flat_braces[r][1], flat_braces[r][2]);
    }
    for (int i = 0; i < 2; i++) {
        printf("(%d,%d)-(%d,%d)\n", lines[i].from.x, lines[i].from.y, lines[i].to.x, lines[i].to.y);
    }
    return 0;
}
