/* strspn counts leading characters in a set; strcspn counts leading characters not in it. */
#include <stdio.h>
#include <string.h>

int main(void) {
    printf("%u\n", (unsigned)strspn("123abc", "0123456789"));
    printf("%u\n", (unsigned)strspn("abc", "0123456789"));
    printf("%u\n", (unsigned)strspn("", "abc"));
    printf("%u\n", (unsigned)strspn("aaaa", "a"));
    printf("%u\n", (unsigned)strcspn("key=value", "="));
    printf("%u\n", (unsigned)strcspn("no delimiter", ";,"));
    printf("%u\n", (unsigned)strcspn("abc", ""));
    const char *line = "   \t indented text";
    printf("[%s]\n", line + strspn(line, " \t"));
    const char *csv = "alpha,beta;gamma";
    const char *p = csv;
    while (*p) {
        size_t n = strcspn(p, ",;");
        printf("field [%.*s]\n", (int)n, p);
        p += n;
        if (*p) {
            p++;
        }
    }
    return 0;
}
