/* #include "file.h" reads a header from the directory of the including file. */
#include <stdio.h>
#include "197_include_local_header.h"

int main(void) {
    struct greeting g = {"world", 2};
    for (int i = 0; i < g.times; i++) {
        printf(GREETING_PREFIX "%s!\n", g.name);
    }
    printf("length %d\n", greeting_length(&g));
    return 0;
}
