/* a[i] is *(a + i), so i[a] means the same, and a string literal is an array like any other. */
#include <stdio.h>

int main(void) {
    int a[] = {5, 6, 7};
    int i = 2;
    printf("a[i] = %d, *(a + i) = %d, i[a] = %d\n", a[i], *(a + i), i[a]);
    printf("\"abc\"[1] = %c, 2[\"abc\"] = %c\n", "abc"[1], 2["abc"]);
    printf("\"0123456789abcdef\"[11] = %c\n", "0123456789abcdef"[11]);
    int *p = a + 1;
    printf("p[-1] = %d, p[1] = %d\n", p[-1], p[1]);
    return 0;
}
