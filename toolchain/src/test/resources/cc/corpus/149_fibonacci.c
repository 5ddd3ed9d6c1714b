/* Fibonacci three ways: naive recursion, iteration, and memoised recursion. */
#include <stdio.h>

static int naive(int n) {
    return n < 2 ? n : naive(n - 1) + naive(n - 2);
}

static long long iterative(int n) {
    long long a = 0, b = 1;
    for (int i = 0; i < n; i++) {
        long long t = a + b;
        a = b;
        b = t;
    }
    return a;
}

static long long memo[91];

static long long memoised(int n) {
    if (n < 2) {
        return n;
    }
    if (memo[n] == 0) {
        memo[n] = memoised(n - 1) + memoised(n - 2);
    }
    return memo[n];
}

int main(void) {
    printf("naive(20) = %d\n", naive(20));
    printf("iterative(50) = %lld\n", iterative(50));
    printf("memoised(90) = %lld\n", memoised(90));
    printf("agree at 30: %d\n", naive(25) == iterative(25) && iterative(30) == memoised(30));
    return 0;
}
