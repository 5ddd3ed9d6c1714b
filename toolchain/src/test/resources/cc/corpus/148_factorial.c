/* Recursion: factorial, in int while it fits and in unsigned long long up to 20!. */
#include <stdio.h>

static int factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
}

static unsigned long long factorial64(unsigned n) {
    if (n <= 1) {
        return 1;
    }
    return n * factorial64(n - 1);
}

int main(void) {
    for (int n = 0; n <= 12; n++) {
        printf("%d! = %d\n", n, factorial(n));
    }
    printf("20! = %llu\n", factorial64(20));
    return 0;
}
