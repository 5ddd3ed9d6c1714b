/* EXIT_SUCCESS and EXIT_FAILURE; getenv finds nothing on bare metal. Exit status 1 on purpose. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("EXIT_SUCCESS = %d, EXIT_FAILURE = %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    const char *home = getenv("HOME");
    printf("HOME is %s\n", home ? home : "not set");
    if (home == NULL) {
        fprintf(stderr, "no environment, giving up\n");
        exit(EXIT_FAILURE);
    }
    return EXIT_SUCCESS;
}
