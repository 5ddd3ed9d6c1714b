/* Frees one block twice: malloc notices and aborts. (The pointer is volatile so that GCC cannot
   drop the malloc and free as unused.) */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char *volatile p = malloc(32);
    free(p);
    printf("freed once\n");
    free(p);
    printf("not reached\n");
    return 0;
}
