/* sprintf builds strings; its return value helps to append. */
#include <stdio.h>

int main(void) {
    char line[128];
    int len = 0;
    for (int i = 1; i <= 5; i++) {
        len += sprintf(line + len, "%s%d^2=%d", i > 1 ? ", " : "", i, i * i);
    }
    printf("%s (%d)\n", line, len);
    char hex[9];
    sprintf(hex, "%08X", 0xC0FFEEu);
    printf("%s\n", hex);
    char table[3][16];
    for (int r = 0; r < 3; r++) {
        sprintf(table[r], "|%-4s|%4d|", r == 0 ? "a" : r == 1 ? "bb" : "ccc", r * 111);
    }
    for (int r = 0; r < 3; r++) {
        printf("%s\n", table[r]);
    }
    return 0;
}
