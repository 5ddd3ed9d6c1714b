/* perror prints a prefix and the message for errno on stderr. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    errno = ENOENT;
    perror("open config");
    errno = 0;
    perror("all is well");
    errno = ERANGE;
    perror(NULL);
    errno = 0;
    strtol("123456789012345", NULL, 10);
    perror("strtol");
    return 0;
}
