/* break inside a switch leaves the switch; continue inside a switch goes to the enclosing loop. */
#include <stdio.h>

int main(void) {
    const char *cmds = "a+b-c+x+d";
    int sign = 1, sum = 0;
    for (const char *p = cmds; *p; p++) {
        switch (*p) {
            case '+':
                sign = 1;
                continue;
            case '-':
                sign = -1;
                continue;
            case 'x':
                printf("skip x\n");
                break;
            default: {
                int value = *p - 'a' + 1;
                sum += sign * value;
                printf("%c = %d, sum = %d\n", *p, value, sum);
                break;
            }
        }
        printf("after switch for %c\n", *p);
    }
    for (int i = 0; i < 3; i++) {
        switch (i) {
            case 1:
                for (int j = 0; j < 10; j++) {
                    if (j == 2) {
                        break;   /* leaves the inner for only */
                    }
                    printf("i=%d j=%d\n", i, j);
                }
                break;
            default:
                printf("i=%d\n", i);
        }
    }
    return 0;
}
