/* Arguments are macro-expanded before substitution, except where # or ## use them: hence the
   two-level STR(x) / XSTR(x) idiom. */
#include <stdio.h>

#define VERSION_MAJOR 3
#define VERSION_MINOR 14
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
#define PREFIX value_

int value_3 = 333;

int main(void) {
    printf("STR(VERSION_MAJOR) = %s\n", STR(VERSION_MAJOR));
    printf("XSTR(VERSION_MAJOR) = %s\n", XSTR(VERSION_MAJOR));
    printf("version %s\n", XSTR(VERSION_MAJOR) "." XSTR(VERSION_MINOR));
    printf("XCAT(PREFIX, VERSION_MAJOR) = %d\n", XCAT(PREFIX, VERSION_MAJOR));
    printf("XSTR(__LINE__) = %s\n", XSTR(__LINE__));
    return 0;
}
