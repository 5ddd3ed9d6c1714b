/* Freed memory is reused: allocating and freeing in a loop never runs out, and (with this
   library's allocator, which takes the first block that fits and merges free neighbours) a freed
   block is handed out again. Addresses are compared as integers taken before the free: a
   pointer's own value may not be used once its block is freed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int failures = 0;
    for (int round = 0; round < 2000; round++) {
        char *p = malloc(4096);
        if (p == NULL) {
            failures++;
            continue;
        }
        memset(p, round & 0xff, 4096);
        free(p);
    }
    printf("2000 x 4 KiB allocate-and-free rounds, failures: %d\n", failures);
    char *a = malloc(100);
    char *b = malloc(100);
    a[0] = b[0] = 1;
    uintptr_t where_a = (uintptr_t)a;
    free(a);
    char *c = malloc(50);
    c[0] = 2;
    printf("c fits in a's old block: %d\n", (uintptr_t)c == where_a);
    free(b);
    free(c);
    char *big = malloc(150);
    big[0] = 3;
    printf("after freeing both, 150 bytes fit where a and b were: %d\n", (uintptr_t)big == where_a);
    free(big);
    return 0;
}
