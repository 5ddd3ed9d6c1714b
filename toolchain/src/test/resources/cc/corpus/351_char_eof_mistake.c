/* A student mistake: keeping getchar()'s result in a char. With char signed, the byte 0xFF
   becomes -1, which equals EOF, so reading stops early. The input holds a 0xFF byte. */
#include <stdio.h>

int main(void) {
    char c;
    int count = 0;
    while ((c = (char)getchar()) != EOF) {   /* wrong: stops at the 0xFF byte */
        count++;
    }
    printf("with char: %d bytes read before stopping\n", count);
    int i;
    int rest = 0;
    while ((i = getchar()) != EOF) {   /* right: 0xFF is 255, EOF is -1 */
        rest++;
    }
    printf("with int: %d more bytes read until the real end\n", rest);
    return 0;
}
