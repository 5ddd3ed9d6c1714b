/* A student mistake: a char loop counter can never reach 200, since char holds at most 127.
   The loop here stops by a counter instead of running forever. */
#include <stdio.h>

int main(void) {
    int steps = 0;
    for (char c = 120; c < 127 && steps < 20; c++) {
        steps++;
    }
    printf("c from 120 to 126: %d steps\n", steps);
    signed char s = 126;
    s = (signed char)(s + 1);
    printf("126 + 1 = %d\n", s);
    s = (signed char)(s + 1);
    printf("127 + 1 stored in signed char = %d\n", s);
    unsigned char u = 250;
    int loops = 0;
    while (u != 4 && loops < 100) {
        u++;
        loops++;
    }
    printf("unsigned char 250 wraps to 4 after %d increments\n", loops);
    return 0;
}
