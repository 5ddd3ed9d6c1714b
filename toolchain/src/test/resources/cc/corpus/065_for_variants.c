/* for with parts left out: for (;;) runs until a break. */
#include <stdio.h>

int main(void) {
    int n = 0;
    for (;;) {
        if (++n == 5) {
            break;
        }
    }
    printf("n = %d\n", n);
    int i = 0;
    for (; i < 3;) {
        printf("i = %d\n", i++);
    }
    int sum = 0;
    for (int k = 1; k <= 100; sum += k, k++)
        ;
    printf("sum 1..100 = %d\n", sum);
    const char *s = "count me";
    int len;
    for (len = 0; s[len]; len++) {
    }
    printf("len = %d\n", len);
    return 0;
}
