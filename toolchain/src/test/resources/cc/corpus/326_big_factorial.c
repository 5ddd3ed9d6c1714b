/* 100! exactly, with an array of decimal digits (arbitrary precision by hand). */
#include <stdio.h>

int main(void) {
    static unsigned char digits[200];   /* least significant first */
    int len = 1;
    digits[0] = 1;
    for (int n = 2; n <= 100; n++) {
        int carry = 0;
        for (int i = 0; i < len; i++) {
            int v = digits[i] * n + carry;
            digits[i] = (unsigned char)(v % 10);
            carry = v / 10;
        }
        while (carry) {
            digits[len++] = (unsigned char)(carry % 10);
            carry /= 10;
        }
    }
    printf("100! has %d digits:\n", len);
    for (int i = len - 1; i >= 0; i--) {
        putchar('0' + digits[i]);
        if (i % 60 == 0) putchar('\n');
    }
    int sum = 0;
    for (int i = 0; i < len; i++) sum += digits[i];
    printf("digit sum %d\n", sum);
    return 0;
}
