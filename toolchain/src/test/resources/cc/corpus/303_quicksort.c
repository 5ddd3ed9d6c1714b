/* Quicksort with Lomuto partitioning and the middle element as pivot. */
#include <stdio.h>

static int comparisons;

static void swap(int *a, int *b) {
    int t = *a;
    *a = *b;
    *b = t;
}

static void quicksort(int *a, int lo, int hi) {
    if (lo >= hi) {
        return;
    }
    swap(&a[(lo + hi) / 2], &a[hi]);
    int pivot = a[hi], store = lo;
    for (int i = lo; i < hi; i++) {
        comparisons++;
        if (a[i] < pivot) {
            swap(&a[i], &a[store++]);
        }
    }
    swap(&a[store], &a[hi]);
    quicksort(a, lo, store - 1);
    quicksort(a, store + 1, hi);
}

int main(void) {
    int a[] = {38, 27, 43, 3, 9, 82, 10, 3, 55, 0, -4, 27, 100, 1};
    int n = sizeof a / sizeof a[0];
    quicksort(a, 0, n - 1);
    for (int i = 0; i < n; i++) {
        printf("%d ", a[i]);
    }
    printf("\n%d comparisons\n", comparisons);
    int big[2000];
    for (int i = 0; i < 2000; i++) {
        big[i] = (i * 7919) % 2000;
    }
    comparisons = 0;
    quicksort(big, 0, 1999);
    int ok = 1;
    for (int i = 0; i < 2000; i++) {
        ok &= big[i] == i;
    }
    printf("permutation sorted: %d, %d comparisons\n", ok, comparisons);
    return 0;
}
