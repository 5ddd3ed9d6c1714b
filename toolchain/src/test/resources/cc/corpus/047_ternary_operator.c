/* The conditional operator: only the chosen operand is evaluated; the result type follows the
   usual arithmetic conversions of both. */
#include <stdio.h>

static int noisy(int v) {
    printf("[evaluated %d] ", v);
    return v;
}

int main(void) {
    for (int i = -1; i <= 1; i++) {
        const char *sign = i < 0 ? "negative" : i == 0 ? "zero" : "positive";
        printf("%d is %s\n", i, sign);
    }
    int r = 1 ? noisy(10) : noisy(20);
    printf("-> %d\n", r);
    r = 0 ? noisy(10) : noisy(20);
    printf("-> %d\n", r);
    printf("sizeof(1 ? (char)1 : (char)2) = %u\n", (unsigned)sizeof(1 ? (char)1 : (char)2));
    printf("sizeof(1 ? 1 : 2LL) = %u\n", (unsigned)sizeof(1 ? 1 : 2LL));
    printf("(1 ? -1 : 0u) > 0 = %d\n", (1 ? -1 : 0u) > 0);
    int a = 3, b = 9;
    int *bigger = a > b ? &a : &b;
    *bigger = 100;
    printf("a = %d, b = %d\n", a, b);
    const char *s = 0;
    printf("%s\n", s ? s : "(no string)");
    int max = a > b ? a : b;
    printf("max = %d\n", max);
    return 0;
}
