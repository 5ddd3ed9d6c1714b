/* const int *p: cannot write through p. int *const p: p cannot change. Both: neither. */
#include <stdio.h>

static int total(const int *a, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
        sum += a[i];
    }
    return sum;
}

int main(void) {
    int x = 1, y = 2;
    const int *to_const = &x;
    printf("*to_const = %d\n", *to_const);
    to_const = &y;
    printf("*to_const = %d after pointing it at y\n", *to_const);
    int *const fixed = &x;
    *fixed = 10;
    printf("x = %d after *fixed = 10\n", x);
    const int *const both = &y;
    printf("*both = %d\n", *both);
    int arr[] = {1, 2, 3};
    printf("total = %d\n", total(arr, 3));
    const int limit = 5;
    printf("limit = %d\n", limit);
    return 0;
}
