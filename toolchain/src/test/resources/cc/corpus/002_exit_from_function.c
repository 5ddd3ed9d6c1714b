/* exit() ends the program from anywhere; nothing after it runs. Exit status 7 on purpose. */
#include <stdio.h>
#include <stdlib.h>

static void leave(int status) {
    printf("leaving with %d\n", status);
    exit(status);
}

int main(void) {
    printf("before\n");
    leave(7);
    printf("never printed\n");
    return 0;
}
