/* atexit functions run when main returns, the last registered first. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("first registered, runs last\n"); }
static void second(void) { printf("second registered\n"); }
static void third(void) { printf("third registered, runs first\n"); }

int main(void) {
    printf("atexit: %d\n", atexit(first));
    printf("atexit: %d\n", atexit(second));
    printf("atexit: %d\n", atexit(third));
    printf("main returns\n");
    return 0;
}
