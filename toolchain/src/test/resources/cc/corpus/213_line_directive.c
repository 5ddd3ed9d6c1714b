/* #line sets the number of the next line, and optionally the file name __FILE__ reports. */
#include <stdio.h>

int main(void) {
    printf("before: line %d\n", __LINE__);
#line 1000
    printf("after #line 1000: line %d\n", __LINE__);
    printf("next: line %d\n", __LINE__);
#line 42 "renamed.c"
    printf("%s:%d\n", __FILE__, __LINE__);
    return 0;
}
