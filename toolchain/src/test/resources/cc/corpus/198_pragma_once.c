/* #pragma once: a header read only once, however often it is included. */
#include <stdio.h>
#include "198_pragma_once.h"
#include "198_pragma_once.h"
#include "198_pragma_once.h"

int main(void) {
    struct once_only o = {included_count + 1};
    printf("compiled without redefinition errors: %d\n", o.value);
    return 0;
}
