/* The type of a binary operation follows the usual arithmetic conversions; sizeof shows it. */
#include <stdio.h>

#define SHOW(e) printf("%-28s size %u, negative-one %s\n", #e, (unsigned)sizeof(e), ((e) * 0 - 1) < 0 ? "is negative" : "wraps")

int main(void) {
    char c = 1;
    short s = 1;
    unsigned short us = 1;
    int i = 1;
    unsigned u = 1;
    long l = 1;
    unsigned long ul = 1;
    long long ll = 1;
    unsigned long long ull = 1;
    SHOW(c + c);
    SHOW(s + us);
    SHOW(i + u);
    SHOW(l + u);
    SHOW(l + ul);
    SHOW(ll + u);
    SHOW(ll + ul);
    SHOW(ll + ull);
    SHOW(i + ull);
    SHOW(c + u);
    return 0;
}
