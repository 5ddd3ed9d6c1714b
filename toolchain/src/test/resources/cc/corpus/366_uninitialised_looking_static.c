/* Static and global variables without an initialiser are zero; locals need one. The program
   initialises its local on purpose, and shows the static ones. */
#include <stdio.h>

static int counter;
int global_total;

static int next(void) {
    static int calls;
    return ++calls;
}

int main(void) {
    int local = 0;   /* without "= 0" its value would be indeterminate */
    for (int i = 0; i < 3; i++) {
        local += next();
    }
    printf("counter %d, global_total %d, local %d\n", counter, global_total, local);
    return 0;
}
