/* A header may include other headers; each standard header may be included more than once. */
#include <stdio.h>
#include <string.h>
#include "219_include_nested.h"
#include <stdio.h>
#include <stddef.h>
#include <stddef.h>
#include <stdlib.h>

int main(void) {
    printf("%s has %d characters\n", nested_name, NESTED_LENGTH(nested_name));
    size_t n = strlen("size_t defined once") + offsetof(struct { char c; int i; }, i);
    printf("n = %u\n", (unsigned)n);
    return 0;
}
