/* #include may name its file through a macro that expands to "file.h". */
#include <stdio.h>

#define HEADER "209_computed_include.h"
#include HEADER

int main(void) {
    printf("COMPUTED_INCLUDE_WORKED = %d\n", COMPUTED_INCLUDE_WORKED);
    return 0;
}
