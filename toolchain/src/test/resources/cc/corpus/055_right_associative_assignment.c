/* Assignment operators group right to left: x += y -= 2 is x += (y -= 2). */
#include <stdio.h>

int main(void) {
    int x = 10, y = 5, z = 3;
    x += y -= 2;
    printf("x = %d, y = %d\n", x, y);
    x = y = z *= 4;
    printf("x = %d, y = %d, z = %d\n", x, y, z);
    int a[3] = {0, 0, 0};
    int i = 1;
    a[i] = a[0] = 9;
    printf("a = {%d, %d, %d}\n", a[0], a[1], a[2]);
    return 0;
}
