/* goto jumps to a label in the same function, forward or backward. */
#include <stdio.h>

int main(void) {
    int i = 0;
again:
    printf("i = %d\n", i);
    i++;
    if (i < 3) {
        goto again;
    }
    goto skip;
    printf("skipped\n");
skip:
    printf("after skip\n");
    for (int a = 0; a < 5; a++) {
        for (int b = 0; b < 5; b++) {
            if (a * b == 6) {
                printf("found %d * %d = 6\n", a, b);
                goto found;
            }
        }
    }
    printf("not found\n");
found:
    printf("done\n");
    return 0;
}
