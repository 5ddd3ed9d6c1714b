/* char s[] = "..." is an array holding a copy you may change; const char *p = "..." points at
   a literal that must not be changed. */
#include <stdio.h>

int main(void) {
    char s[] = "hello";
    const char *p = "hello";
    s[0] = 'J';
    printf("%s %s\n", s, p);
    printf("sizeof s = %u, sizeof p = %u\n", (unsigned)sizeof s, (unsigned)sizeof p);
    p = "world";
    printf("p now points at %s\n", p);
    char t[10] = "hi";
    printf("t[2] = %d, t[9] = %d (rest zero-filled)\n", t[2], t[9]);
    char exact[3] = "abc";   /* no room for the zero: allowed in C, but not a string */
    printf("exact: %c%c%c\n", exact[0], exact[1], exact[2]);
    return 0;
}
