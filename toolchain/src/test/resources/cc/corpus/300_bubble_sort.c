/* Bubble sort with the early exit when a pass swaps nothing. */
#include <stdio.h>

static int bubble_sort(int *a, int n) {
    int passes = 0;
    for (int end = n - 1; end > 0; end--) {
        int swapped = 0;
        passes++;
        for (int i = 0; i < end; i++) {
            if (a[i] > a[i + 1]) {
                int t = a[i];
                a[i] = a[i + 1];
                a[i + 1] = t;
                swapped = 1;
            }
        }
        if (!swapped) {
            break;
        }
    }
    return passes;
}

int main(void) {
    int a[] = {64, 34, 25, 12, 22, 11, 90, 5};
    int n = sizeof a / sizeof a[0];
    int passes = bubble_sort(a, n);
    for (int i = 0; i < n; i++) {
        printf("%d ", a[i]);
    }
    printf("(%d passes)\n", passes);
    int sorted[] = {1, 2, 3, 4, 5};
    printf("already sorted: %d pass\n", bubble_sort(sorted, 5));
    return 0;
}
