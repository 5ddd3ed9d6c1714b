/* Integer division truncates toward zero; the remainder has the sign of the dividend. */
#include <stdio.h>

int main(void) {
    int a[] = {7, -7, 7, -7, 0, 1};
    int b[] = {2, 2, -2, -2, 3, 7};
    for (int i = 0; i < 6; i++) {
        printf("%2d / %2d = %2d, %2d %% %2d = %2d\n", a[i], b[i], a[i] / b[i], a[i], b[i], a[i] % b[i]);
    }
    printf("(a/b)*b + a%%b == a: %d\n", (-7 / 2) * 2 + -7 % 2 == -7);
    printf("7u / 2 = %u, 4294967289u / 2 = %u\n", 7u / 2, 4294967289u / 2);
    printf("-7 / 2u = %u (unsigned division)\n", -7 / 2u);
    return 0;
}
