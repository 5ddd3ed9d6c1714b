/* %s with width and precision, %c, and %%. */
#include <stdio.h>

int main(void) {
    const char *s = "minnow";
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s]\n", s, s, s, s, s, s);
    printf("[%.10s] [%.0s] [%s]\n", s, s, "");
    printf("[%c] [%3c] [%-3c] [%c%c%c]\n", 'x', 'y', 'z', 'a', 'b', 'c');
    printf("[%%] [100%%]\n");
    char buf[4] = {'a', 'b', 'c', 'd'};   /* not terminated: the precision keeps %s inside */
    printf("[%.4s]\n", buf);
    printf("[%s]\n", (char *)NULL);
    printf("[%c]\n", 0x141);   /* converted to unsigned char: 'A' */
    return 0;
}
