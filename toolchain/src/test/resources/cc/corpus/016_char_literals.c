/* Character constants have type int and the value of the character in ASCII. */
#include <stdio.h>

int main(void) {
    printf("'A' = %d, 'a' = %d, '0' = %d, ' ' = %d\n", 'A', 'a', '0', ' ');
    printf("sizeof 'A' = %u\n", (unsigned)sizeof('A'));
    printf("'\\0' = %d, '\\n' = %d, '\\t' = %d\n", '\0', '\n', '\t');
    printf("'\\101' = %c, '\\x42' = %c\n", '\101', '\x42');
    printf("'\\'' = %c, '\"' = %c\n", '\'', '"');
    printf("'z' - 'a' = %d\n", 'z' - 'a');
    printf("'\\377' = %d (plain char is signed)\n", '\377');
    return 0;
}
