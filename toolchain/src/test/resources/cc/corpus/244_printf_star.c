/* * takes the width or the precision from an int argument; a negative width means left-justify,
   a negative precision means none. */
#include <stdio.h>

int main(void) {
    printf("[%*d]\n", 6, 42);
    printf("[%-*d]\n", 6, 42);
    printf("[%*d]\n", -6, 42);
    printf("[%.*d]\n", 4, 42);
    printf("[%.*d]\n", -4, 42);
    printf("[%*.*d]\n", 8, 5, -42);
    printf("[%*s] [%-*s]\n", 5, "ab", 5, "cd");
    printf("[%.*s]\n", 3, "truncate");
    printf("[%.*s]\n", 0, "nothing");
    for (int w = 1; w <= 4; w++) {
        printf("[%*d]", w, w);
    }
    printf("\n");
    return 0;
}
