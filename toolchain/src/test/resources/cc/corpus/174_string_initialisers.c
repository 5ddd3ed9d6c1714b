/* char arrays initialised from string literals: with braces, exact length, longer array. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char a[] = "abc";
    char b[] = {"abc"};
    char c[3] = "abc";
    char d[8] = "abc";
    char e[] = {'a', 'b', 'c', '\0'};
    printf("sizes %u %u %u %u %u\n", (unsigned)sizeof a, (unsigned)sizeof b, (unsigned)sizeof c, (unsigned)sizeof d,
           (unsigned)sizeof e);
    printf("a == e by content: %d\n", strcmp(a, e) == 0);
    printf("c holds %.3s\n", c);
    printf("d tail zero: %d\n", d[3] == 0 && d[7] == 0);
    char lines[][8] = {"one", "two", "three"};
    printf("%u lines of %u bytes: %s %s %s\n", (unsigned)(sizeof lines / sizeof lines[0]), (unsigned)sizeof lines[0],
           lines[0], lines[1], lines[2]);
    const char *p = "pointer";
    printf("%s has %u letters\n", p, (unsigned)strlen(p));
    return 0;
}
