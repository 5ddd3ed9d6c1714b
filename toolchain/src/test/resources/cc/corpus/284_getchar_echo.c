/* getchar reads the console one byte at a time until EOF (the byte 0x04 on bare metal). */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int c, count = 0, lines = 0;
    while ((c = getchar()) != EOF) {
        putchar(toupper(c));
        count++;
        if (c == '\n') {
            lines++;
        }
    }
    printf("%d characters, %d lines\n", count, lines);
    int again = getchar();
    printf("getchar after EOF: %d, feof: %d\n", again, feof(stdin) != 0);
    return 0;
}
