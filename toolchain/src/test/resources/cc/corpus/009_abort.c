/* abort() ends the program at once with status 134 (128 + SIGABRT); atexit functions do not run. */
#include <stdio.h>
#include <stdlib.h>

static void not_called(void) { printf("atexit function ran\n"); }

int main(void) {
    atexit(not_called);
    printf("about to abort\n");
    abort();
}
