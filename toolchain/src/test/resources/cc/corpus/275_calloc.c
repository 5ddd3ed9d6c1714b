/* calloc returns zeroed memory for count * size bytes, or NULL when that product overflows. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *dirty = malloc(256);
    memset(dirty, 0xAB, 256);
    free(dirty);
    int *zeros = calloc(64, sizeof(int));
    int nonzero = 0;
    for (int i = 0; i < 64; i++) {
        nonzero += zeros[i] != 0;
    }
    printf("non-zero ints from calloc: %d\n", nonzero);
    errno = 0;
    void *overflow = calloc(SIZE_MAX / 2, 4);
    printf("calloc overflow gives NULL: %d, ENOMEM: %d\n", overflow == NULL, errno == ENOMEM);
    struct point { int x, y; } *pts = calloc(3, sizeof *pts);
    printf("pts[2] = (%d, %d)\n", pts[2].x, pts[2].y);
    free(pts);
    free(zeros);
    return 0;
}
