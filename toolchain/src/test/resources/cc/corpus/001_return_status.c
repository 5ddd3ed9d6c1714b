/* The value main returns is the program's exit status (here 42 on purpose). */
#include <stdio.h>

int main(void) {
    printf("returning 42\n");
    return 42;
}
