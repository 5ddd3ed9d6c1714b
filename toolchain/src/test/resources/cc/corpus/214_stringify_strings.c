/* Stringifying a string or character literal escapes its quotes and backslashes. */
#include <stdio.h>
#include <string.h>

#define STR(x) #x

int main(void) {
    const char *a = STR("hi");
    const char *b = STR("tab\there");
    const char *c = STR('\n');
    const char *d = STR("say \"x\"");
    printf("%s (%u chars)\n", a, (unsigned)strlen(a));
    printf("%s (%u chars)\n", b, (unsigned)strlen(b));
    printf("%s (%u chars)\n", c, (unsigned)strlen(c));
    printf("%s (%u chars)\n", d, (unsigned)strlen(d));
    return 0;
}
