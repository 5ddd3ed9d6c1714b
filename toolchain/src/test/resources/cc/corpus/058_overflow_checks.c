/* Signed overflow is undefined, so a careful program checks before it adds or multiplies. */
#include <limits.h>
#include <stdio.h>

static int add_would_overflow(int a, int b) {
    return (b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b);
}

static int mul_would_overflow(int a, int b) {
    if (a == 0 || b == 0) {
        return 0;
    }
    if (a > 0) {
        return b > 0 ? a > INT_MAX / b : b < INT_MIN / a;
    }
    return b > 0 ? a < INT_MIN / b : a < INT_MAX / b;
}

int main(void) {
    int pairs[][2] = {{1, 2}, {INT_MAX, 1}, {INT_MIN, -1}, {-5, INT_MIN + 5}, {INT_MAX, -1}};
    for (int i = 0; i < 5; i++) {
        printf("%d + %d overflows: %d\n", pairs[i][0], pairs[i][1], add_would_overflow(pairs[i][0], pairs[i][1]));
    }
    int muls[][2] = {{46340, 46340}, {46341, 46341}, {-46341, 46341}, {INT_MIN, 1}, {INT_MIN, -1}, {-2, -1073741824}};
    for (int i = 0; i < 6; i++) {
        printf("%d * %d overflows: %d\n", muls[i][0], muls[i][1], mul_would_overflow(muls[i][0], muls[i][1]));
    }
    return 0;
}
