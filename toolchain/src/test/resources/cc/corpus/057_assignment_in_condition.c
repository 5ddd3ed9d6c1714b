/* A student mistake that is valid C: if (x = 0) assigns 0 and is always false. */
#include <stdio.h>

int main(void) {
    int x = 7;
    if ((x = 0)) {
        printf("not reached\n");
    } else {
        printf("the condition assigned: x is now %d\n", x);
    }
    if ((x = 3)) {
        printf("assigning 3 is true, x = %d\n", x);
    }
    if (x == 3) {
        printf("comparison: x == 3\n");
    }
    return 0;
}
