/* A student mistake: for (unsigned i = n - 1; i >= 0; i--) never ends, since i >= 0 is always
   true. Correct ways to count down with an unsigned index. */
#include <stdio.h>

int main(void) {
    int a[] = {1, 2, 3, 4, 5};
    unsigned n = 5;
    for (unsigned i = n; i-- > 0;) {
        printf("%d ", a[i]);
    }
    printf("\n");
    for (unsigned i = n - 1; i < n; i--) {   /* stops when i wraps past 0 */
        printf("%d ", a[i]);
    }
    printf("\n");
    unsigned i = 0;
    printf("i >= 0 is always %d for unsigned i\n", i >= 0);
    return 0;
}
