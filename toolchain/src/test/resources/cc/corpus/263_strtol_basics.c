/* strtol reads a number in a base and tells where it stopped. */
#include <stdio.h>
#include <stdlib.h>

static void show(const char *s, int base) {
    char *end;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld, stopped at index %d\n", s, base, v, (int)(end - s));
}

int main(void) {
    show("12345", 10);
    show("  -42xyz", 10);
    show("+17", 10);
    show("ff", 16);
    show("0xFF", 16);
    show("0x1A", 0);
    show("0755", 0);
    show("755", 8);
    show("1010", 2);
    show("z", 36);
    show("Zz", 36);
    show("12", 3);
    show("129", 8);
    show("", 10);
    show("   ", 10);
    show("abc", 10);
    show("-", 10);
    show("\t\n\v\f\r 99", 10);
    printf("NULL end pointer: %ld\n", strtol("77", NULL, 10));
    return 0;
}
