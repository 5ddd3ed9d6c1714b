/* Printing a number in any base from 2 to 36 and reading it back with strtol. */
#include <stdio.h>
#include <stdlib.h>

static void to_base(unsigned v, int base, char *out) {
    char tmp[40];
    int n = 0;
    do {
        tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % base];
        v /= base;
    } while (v);
    while (n > 0) *out++ = tmp[--n];
    *out = '\0';
}

int main(void) {
    unsigned values[] = {0, 255, 1000, 65535, 3735928559u};
    int bases[] = {2, 3, 8, 16, 36};
    char buf[40];
    for (int i = 0; i < 5; i++) {
        printf("%10u:", values[i]);
        for (int b = 0; b < 5; b++) {
            to_base(values[i], bases[b], buf);
            printf(" %s", buf);
            if (strtoul(buf, NULL, bases[b]) != values[i]) printf("(MISMATCH)");
        }
        printf("\n");
    }
    return 0;
}
