/* The Ackermann function for small arguments: deep, non-primitive recursion. */
#include <stdio.h>

static int calls;

static int ackermann(int m, int n) {
    calls++;
    if (m == 0) {
        return n + 1;
    }
    if (n == 0) {
        return ackermann(m - 1, 1);
    }
    return ackermann(m - 1, ackermann(m, n - 1));
}

int main(void) {
    for (int m = 0; m <= 3; m++) {
        for (int n = 0; n <= 3; n++) {
            calls = 0;
            int a = ackermann(m, n);
            printf("A(%d,%d) = %d (%d calls)\n", m, n, a, calls);
        }
    }
    calls = 0;
    printf("A(2,10) = %d\n", ackermann(2, 10));
    return 0;
}
