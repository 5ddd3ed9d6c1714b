/* The flags - + space 0 #, alone and together. */
#include <stdio.h>

int main(void) {
    printf("[%+d] [%+d] [%+d]\n", 5, -5, 0);
    printf("[% d] [% d] [% d]\n", 5, -5, 0);
    printf("[%+ d] [% +d]\n", 5, 5);           /* + wins over space */
    printf("[%-+6d] [%+-6d] [%+06d]\n", 5, 5, 5);
    printf("[%-06d]\n", 5);                    /* - wins over 0 */
    printf("[% 06d] [% 6d]\n", 5, -5);
    printf("[%#o] [%#o] [%#x] [%#X] [%#x]\n", 8, 0, 255, 255, 0);
    printf("[%#8x] [%#-8x] [%#08x]\n", 255, 255, 255);
    printf("[%#.3o] [%#.5o]\n", 8, 8);
    printf("[%+u] [% u]\n", 5u, 5u);           /* sign flags do nothing for unsigned */
    printf("[%00d] [%--5d]\n", 3, 3);          /* repeated flags */
    return 0;
}
