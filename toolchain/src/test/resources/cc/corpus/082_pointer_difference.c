/* p - q counts elements, not bytes, and has type ptrdiff_t (a signed int on ilp32). */
#include <stddef.h>
#include <stdio.h>

int main(void) {
    short s[100];
    long long l[10];
    ptrdiff_t d1 = &s[90] - &s[10];
    ptrdiff_t d2 = &s[10] - &s[90];
    ptrdiff_t d3 = &l[9] - &l[0];
    printf("%d %d %d\n", (int)d1, (int)d2, (int)d3);
    printf("sizeof(ptrdiff_t) = %u\n", (unsigned)sizeof(ptrdiff_t));
    printf("negative difference is negative: %d\n", &s[0] - &s[5] < 0);
    char text[] = "find the space";
    char *p = text;
    while (*p != ' ') {
        p++;
    }
    printf("first space at index %d\n", (int)(p - text));
    printf("bytes: %d\n", (int)((char *)&l[3] - (char *)&l[1]));
    return 0;
}
