/* Lines in a skipped group are not compiled: they may hold anything that is made of tokens,
   even #error or unknown directives. */
#include <stdio.h>

#define MODE 1

int main(void) {
#if MODE == 0
    this is not C at all & { [
#error "not reached"
#frobnicate
#elif MODE == 1
    printf("mode one\n");
#else
#error "not reached either"
#endif
#ifdef UNDEFINED
#include "no_such_file.h"
#endif
    printf("done\n");
    return 0;
}
