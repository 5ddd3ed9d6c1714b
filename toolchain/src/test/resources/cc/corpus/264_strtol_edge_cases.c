/* strtol at its limits: overflow gives LONG_MAX or LONG_MIN with ERANGE; the 0x prefix without
   a hex digit; an invalid base. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static void show(const char *s, int base) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, base);
    printf("\"%s\" base %d -> %ld, end %d, errno %s\n", s, base, v, (int)(end - s),
           errno == ERANGE ? "ERANGE" : errno == EINVAL ? "EINVAL" : errno == 0 ? "0" : "other");
}

int main(void) {
    show("2147483647", 10);
    show("2147483648", 10);
    show("-2147483648", 10);
    show("-2147483649", 10);
    show("99999999999999999999999", 10);
    show("-99999999999999999999999", 10);
    show("7fffffff", 16);
    show("80000000", 16);
    show("0x", 16);
    show("0x", 0);
    show("0xg", 0);
    show("0", 0);
    show("08", 0);
    show("10", 1);
    show("10", 37);
    show("-0", 10);
    show("00000000000000000000000000000042", 10);
    return 0;
}
