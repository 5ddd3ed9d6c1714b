/* Heap sort: build a max-heap in place, then pop the largest to the end repeatedly. */
#include <stdio.h>

static void sift_down(int *a, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1;
        if (child + 1 <= end && a[child] < a[child + 1]) {
            child++;
        }
        if (a[root] >= a[child]) {
            return;
        }
        int t = a[root];
        a[root] = a[child];
        a[child] = t;
        root = child;
    }
}

static void heap_sort(int *a, int n) {
    for (int start = (n - 2) / 2; start >= 0; start--) {
        sift_down(a, start, n - 1);
    }
    for (int end = n - 1; end > 0; end--) {
        int t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(a, 0, end - 1);
    }
}

int main(void) {
    int a[] = {5, 13, 2, 25, 7, 17, 20, 8, 4, 1, 13};
    int n = sizeof a / sizeof a[0];
    heap_sort(a, n);
    for (int i = 0; i < n; i++) {
        printf("%d ", a[i]);
    }
    printf("\n");
    return 0;
}
