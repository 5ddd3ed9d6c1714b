/* #undef removes a macro; it may then be defined again with another meaning. */
#include <stdio.h>

#define VALUE 1

int main(void) {
    printf("VALUE = %d\n", VALUE);
#undef VALUE
#ifndef VALUE
    printf("VALUE is undefined now\n");
#endif
#define VALUE 2
    printf("VALUE = %d\n", VALUE);
#undef VALUE
#define VALUE(x) ((x) * 100)
    printf("VALUE(3) = %d\n", VALUE(3));
#undef NEVER_DEFINED
#define SAME 5
#define SAME 5
    printf("SAME = %d (an identical redefinition is allowed)\n", SAME);
    return 0;
}
