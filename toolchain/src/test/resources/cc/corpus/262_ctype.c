/* ctype.h classes over the ASCII range, and EOF and bytes above 127 (in no class). */
#include <ctype.h>
#include <stdio.h>

typedef int (*classifier)(int);

int main(void) {
    const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct",
                           "space", "upper", "xdigit"};
    classifier tests[] = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph, islower, isprint, ispunct,
                          isspace, isupper, isxdigit};
    for (int t = 0; t < 12; t++) {
        int count = 0;
        printf("%-6s:", names[t]);
        for (int c = 0; c < 128; c++) {
            if (tests[t](c)) {
                count++;
                if (c > 32 && c < 127) {
                    putchar(c);
                }
            }
        }
        printf(" (%d)\n", count);
        if (tests[t](EOF) || tests[t](200)) {
            printf("  EOF or 200 is in the class!\n");
        }
    }
    printf("toupper: %c%c%c%c\n", toupper('a'), toupper('Z'), toupper('5'), toupper('{'));
    printf("tolower: %c%c%c%c\n", tolower('A'), tolower('z'), tolower('@'), tolower('['));
    printf("tolower(EOF) = %d, toupper(200) = %d\n", tolower(EOF), toupper(200));
    return 0;
}
