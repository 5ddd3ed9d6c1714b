/* Enumeration constants are constant expressions: array sizes, case labels, flags, arithmetic. */
#include <stdio.h>

enum { WIDTH = 4, HEIGHT = 3, CELLS = WIDTH * HEIGHT };
enum flags { READ = 1 << 0, WRITE = 1 << 1, EXEC = 1 << 2, ALL = READ | WRITE | EXEC };

static int grid[HEIGHT][WIDTH];

static const char *perm(int f) {
    switch (f) {
        case READ: return "r--";
        case READ | WRITE: return "rw-";
        case ALL: return "rwx";
        default: return "???";
    }
}

int main(void) {
    printf("CELLS = %d, sizeof grid = %u\n", CELLS, (unsigned)sizeof grid);
    printf("%s %s %s %s\n", perm(READ), perm(READ | WRITE), perm(ALL), perm(EXEC));
    int f = READ | EXEC;
    printf("can write: %d, can exec: %d\n", (f & WRITE) != 0, (f & EXEC) != 0);
    char buffer[ALL + 1];
    printf("sizeof buffer = %u\n", (unsigned)sizeof buffer);
    return 0;
}
