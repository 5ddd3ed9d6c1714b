/* An assignment is an expression: its value is the value stored, with the left side's type. */
#include <stdio.h>

static const char *text = "abc";
static int position;

static int next(void) {
    return text[position++];
}

int main(void) {
    int a, b, c;
    a = b = c = 7;
    printf("a = %d, b = %d, c = %d\n", a, b, c);
    int ch;
    while ((ch = next()) != 0) {
        printf("got %c\n", ch);
    }
    unsigned char small;
    int wide = (small = 300);
    printf("value of (small = 300): %d\n", wide);
    int x;
    if ((x = 5) > 3) {
        printf("x = %d\n", x);
    }
    return 0;
}
