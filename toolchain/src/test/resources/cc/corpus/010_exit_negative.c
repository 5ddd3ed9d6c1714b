/* exit(-1) gives status 255: only the low 8 bits of the status are kept, as on UNIX. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("exit(-1)\n");
    exit(-1);
}
