/* Designated initialisers for arrays: [index] = value; positional values continue after it. */
#include <stdio.h>

static int global[10] = {[2] = 20, [7] = 70, 80};

int main(void) {
    int a[8] = {1, 2, [5] = 50, 60, [1] = 10};
    for (int i = 0; i < 8; i++) {
        printf("%d ", a[i]);
    }
    printf("\n");
    for (int i = 0; i < 10; i++) {
        printf("%d ", global[i]);
    }
    printf("\n");
    int unsized[] = {[3] = 1, [1] = 2};
    printf("unsized has %u elements\n", (unsigned)(sizeof unsized / sizeof unsized[0]));
    const char *names[] = {[0] = "zero", [2] = "two"};
    printf("%s %s %s\n", names[0], names[1] ? names[1] : "(null)", names[2]);
    int grid[3][3] = {[1][1] = 5, [2] = {7, 8, 9}, [0][2] = 3};
    for (int r = 0; r < 3; r++) {
        printf("%d %d %d\n", grid[r][0], grid[r][1], grid[r][2]);
    }
    return 0;
}
