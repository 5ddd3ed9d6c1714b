/* qsort with a comparison function; the comparator avoids a - b, which could overflow. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static int ascending(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int descending(const void *a, const void *b) {
    return ascending(b, a);
}

static void print(const int *a, int n) {
    for (int i = 0; i < n; i++) {
        printf("%d ", a[i]);
    }
    printf("\n");
}

int main(void) {
    int a[] = {5, -3, 9, 0, INT_MIN, 42, INT_MAX, -3, 7, 1, 8, 2};
    int n = sizeof a / sizeof a[0];
    qsort(a, n, sizeof a[0], ascending);
    print(a, n);
    qsort(a, n, sizeof a[0], descending);
    print(a, n);
    int big[1000];
    unsigned seed = 12345;
    for (int i = 0; i < 1000; i++) {
        seed = seed * 1103515245u + 12345u;
        big[i] = (int)(seed >> 16) % 1000;
    }
    qsort(big, 1000, sizeof big[0], ascending);
    int sorted = 1;
    for (int i = 1; i < 1000; i++) {
        sorted &= big[i - 1] <= big[i];
    }
    printf("1000 elements sorted: %d, min %d, max %d, median %d\n", sorted, big[0], big[999], big[500]);
    qsort(a, 0, sizeof a[0], ascending);
    qsort(a, 1, sizeof a[0], ascending);
    printf("empty and single-element sorts are fine\n");
    return 0;
}
