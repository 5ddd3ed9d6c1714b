/* Large blocks: a few MiB are fine; a request larger than the heap returns NULL and sets ENOMEM,
   and the heap is still usable afterwards. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    size_t four_mib = 4u << 20;
    char *big = malloc(four_mib);
    printf("4 MiB: %s\n", big ? "ok" : "NULL");
    memset(big, 1, four_mib);
    long sum = 0;
    for (size_t i = 0; i < four_mib; i += 4096) {
        sum += big[i];
    }
    printf("touched %ld pages\n", sum);
    free(big);
    errno = 0;
    void *huge = malloc(1u << 30);
    printf("1 GiB: %s, ENOMEM: %d\n", huge ? "ok" : "NULL", errno == ENOMEM);
    errno = 0;
    void *absurd = malloc((size_t)-1);
    printf("SIZE_MAX: %s, ENOMEM: %d\n", absurd ? "ok" : "NULL", errno == ENOMEM);
    char *after = malloc(100);
    printf("100 bytes afterwards: %s\n", after ? "ok" : "NULL");
    free(after);
    void *zero = malloc(0);
    printf("malloc(0) gives a pointer free accepts: %s\n", zero ? "yes" : "NULL");
    free(zero);
    return 0;
}
