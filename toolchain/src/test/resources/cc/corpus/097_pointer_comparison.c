/* Pointers into the same array compare by position; a loop can run from begin to end. */
#include <stdio.h>

static void reverse(int *begin, int *end) {
    while (begin < end) {
        end--;
        int t = *begin;
        *begin = *end;
        *end = t;
        begin++;
    }
}

int main(void) {
    int a[7] = {1, 2, 3, 4, 5, 6, 7};
    reverse(a, a + 7);
    for (int *p = a; p < a + 7; p++) {
        printf("%d ", *p);
    }
    printf("\n");
    int *lo = &a[1], *hi = &a[5];
    printf("lo < hi: %d, lo >= hi: %d, lo != hi: %d\n", lo < hi, lo >= hi, lo != hi);
    reverse(a + 2, a + 5);
    for (int i = 0; i < 7; i++) {
        printf("%d ", a[i]);
    }
    printf("\n");
    return 0;
}
