/* Ten thousand nested calls fit comfortably on the stack. */
#include <stdio.h>

static int depth_sum(int n) {
    if (n == 0) {
        return 0;
    }
    volatile int local = n;   /* keeps a real frame for each call */
    return local + depth_sum(n - 1);
}

static unsigned long long count_paths(int r, int c) {
    static unsigned long long memo[20][20];
    if (r == 0 || c == 0) {
        return 1;
    }
    if (memo[r][c] == 0) {
        memo[r][c] = count_paths(r - 1, c) + count_paths(r, c - 1);
    }
    return memo[r][c];
}

int main(void) {
    printf("depth_sum(10000) = %d\n", depth_sum(10000));
    printf("lattice paths 16x16 = %llu\n", count_paths(16, 16));
    return 0;
}
