/* ungetc pushes a character back, so a reader can look one character ahead. */
#include <ctype.h>
#include <stdio.h>

static int read_number(void) {
    int c, value = 0;
    while ((c = getchar()) != EOF && isdigit(c)) {
        value = value * 10 + (c - '0');
    }
    if (c != EOF) {
        ungetc(c, stdin);
    }
    return value;
}

int main(void) {
    int a = read_number();
    int op = getchar();
    int b = read_number();
    printf("%d %c %d = %d\n", a, op, b, op == '+' ? a + b : a - b);
    int rest = 0, c;
    while ((c = getchar()) != EOF) {
        rest++;
    }
    printf("%d characters after the numbers\n", rest);
    printf("ungetc(EOF) = %d\n", ungetc(EOF, stdin));
    return 0;
}
