/* exit called from deep inside still runs the atexit functions, last registered first. At most
   32 handlers can be registered. Exit status 9 on purpose. */
#include <stdio.h>
#include <stdlib.h>

static int quiet_runs;

static void quiet(void) {
    quiet_runs++;
}

static void last_words(void) {
    printf("last words, after %d quiet handlers\n", quiet_runs);
}

static void recurse(int n) {
    if (n == 0) {
        printf("exit(9) from the bottom\n");
        exit(9);
    }
    recurse(n - 1);
}

int main(void) {
    atexit(last_words);
    int accepted = 1;
    for (int i = 0; i < 40; i++) {
        if (atexit(quiet) == 0) {
            accepted++;
        }
    }
    printf("handlers accepted: %d\n", accepted);
    recurse(10);
    return 0;
}
