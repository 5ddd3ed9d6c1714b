/* Comments: block, line, between tokens, and comment-like text inside strings. */
#include <stdio.h>

int main(void) {
    int/* a comment between tokens */x = 1; // a line comment
    int y = 2; /* a block comment
                  over two lines */ int z = 3;
    // a line comment that ends in a backslash continues \
    x = 100;
    printf("%d %d %d\n", x, y, z);
    printf("/* not a comment */ // nor this\n");
    printf("%d\n", 8 /* / 2 */ / 4);
    return 0;
}
