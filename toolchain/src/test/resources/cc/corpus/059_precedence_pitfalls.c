/* Student mistakes that compile: precedence that does not mean what it looks like. */
#include <stdio.h>

int main(void) {
    int n = 6;
    printf("n & 1 == 0 means n & (1 == 0): %d\n", n & 1 == 0);
    printf("(n & 1) == 0: %d\n", (n & 1) == 0);
    printf("1 << 2 + 1 = %d, (1 << 2) + 1 = %d\n", 1 << 2 + 1, (1 << 2) + 1);
    int arr[] = {1, 2, 3};
    int *p = arr;
    int v = *p++;   /* *(p++): reads arr[0], moves p */
    printf("*p++ read %d, arr[0] is still %d\n", v, arr[0]);
    (*p)++;         /* increments arr[1] */
    printf("arr[1] = %d\n", arr[1]);
    int a = 2, b = 3;
    printf("a + b * 2 = %d\n", a + b * 2);
    printf("-a %% 3 = %d (unary minus first)\n", -a % 3);
    printf("!a == 0 means (!a) == 0: %d\n", !a == 0);
    return 0;
}
