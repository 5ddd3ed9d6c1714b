/* stdout and stderr both go to the console, in the order written (nothing is buffered). */
#include <stdio.h>

int main(void) {
    printf("one (stdout)\n");
    fprintf(stderr, "two (stderr)\n");
    fputs("three (stdout)\n", stdout);
    fputs("four (stderr)\n", stderr);
    fprintf(stdout, "five (%s)\n", "stdout");
    return 0;
}
