/* Merge sort with a scratch buffer: stable, O(n log n). */
#include <stdio.h>
#include <stdlib.h>

static void merge_sort(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2) {
        return;
    }
    int mid = lo + (hi - lo) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (k = lo; k < hi; k++) {
        a[k] = tmp[k];
    }
}

int main(void) {
    enum { N = 5000 };
    int *a = malloc(N * sizeof *a);
    int *tmp = malloc(N * sizeof *tmp);
    unsigned x = 2463534242u;
    for (int i = 0; i < N; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        a[i] = (int)(x % 100000);
    }
    merge_sort(a, tmp, 0, N);
    int ok = 1;
    long long sum = 0;
    for (int i = 0; i < N; i++) {
        if (i > 0 && a[i - 1] > a[i]) ok = 0;
        sum += a[i];
    }
    printf("sorted: %d, first %d %d %d, last %d, sum %lld\n", ok, a[0], a[1], a[2], a[N - 1], sum);
    free(a);
    free(tmp);
    return 0;
}
