/* A student mistake: <= n runs one step too far. Shown safely with a guard element. */
#include <stdio.h>

int main(void) {
    int data[6] = {1, 2, 3, 4, 5, -999};   /* data[5] is a guard, not part of the 5 values */
    int n = 5;
    int right = 0, wrong = 0;
    for (int i = 0; i < n; i++) {
        right += data[i];
    }
    for (int i = 0; i <= n; i++) {
        wrong += data[i];
    }
    printf("i < n: sum = %d\n", right);
    printf("i <= n: sum = %d (read the guard)\n", wrong);
    char buf[8];
    int k;
    for (k = 0; k < (int)sizeof buf - 1; k++) {
        buf[k] = 'a' + k;
    }
    buf[k] = '\0';
    printf("buf = %s (7 letters and room for the zero)\n", buf);
    return 0;
}
