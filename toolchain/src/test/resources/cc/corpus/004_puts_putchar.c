/* puts adds a newline, fputs does not; putchar writes one character and returns it. */
#include <stdio.h>

int main(void) {
    puts("puts line");
    fputs("fputs without newline", stdout);
    putchar('\n');
    int r = putchar('A');
    putchar('\n');
    printf("putchar returned %d\n", r);
    r = putchar(0x1FF);   /* the argument is converted to unsigned char: 0xFF would be printed */
    printf("\nputchar(0x1FF) returned %d\n", r);
    fputc('x', stdout);
    putc('y', stdout);
    fputc('\n', stdout);
    return 0;
}
