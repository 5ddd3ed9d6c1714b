/* A student mistake: declaring a variable again in an inner block hides the outer one, so the
   outer one is never updated. */
#include <stdio.h>

int main(void) {
    int total = 0;
    for (int i = 1; i <= 3; i++) {
        int total = i * 10;   /* a new variable, not the outer total */
        printf("inner total = %d\n", total);
    }
    printf("outer total = %d (unchanged)\n", total);
    int found = 0;
    int data[] = {4, 8, 15};
    for (int i = 0; i < 3; i++) {
        if (data[i] == 8) {
            found = 1;
        }
    }
    printf("found = %d\n", found);
    return 0;
}
