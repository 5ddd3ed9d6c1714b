/* A student mistake: changing the loop counter inside the body skips elements. */
#include <stdio.h>

int main(void) {
    int a[] = {1, 2, 2, 3, 2, 4};
    int n = 6;
    /* removing every 2 while incrementing i each time misses adjacent 2s */
    int wrong[6], wn = 0;
    for (int i = 0; i < n; i++) wrong[i] = a[i];
    wn = n;
    for (int i = 0; i < wn; i++) {
        if (wrong[i] == 2) {
            for (int k = i; k < wn - 1; k++) wrong[k] = wrong[k + 1];
            wn--;
        }
    }
    printf("wrong:");
    for (int i = 0; i < wn; i++) printf(" %d", wrong[i]);
    printf("\n");
    int right[6], rn = 0;
    for (int i = 0; i < n; i++) {
        if (a[i] != 2) right[rn++] = a[i];
    }
    printf("right:");
    for (int i = 0; i < rn; i++) printf(" %d", right[i]);
    printf("\n");
    return 0;
}
