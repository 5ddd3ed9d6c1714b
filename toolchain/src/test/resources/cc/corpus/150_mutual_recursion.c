/* Two functions that call each other, declared before use. */
#include <stdio.h>

static int is_odd(unsigned n);

static int is_even(unsigned n) {
    return n == 0 ? 1 : is_odd(n - 1);
}

static int is_odd(unsigned n) {
    return n == 0 ? 0 : is_even(n - 1);
}

/* Hofstadter's female and male sequences. */
static int male(int n);

static int female(int n) {
    return n == 0 ? 1 : n - male(female(n - 1));
}

static int male(int n) {
    return n == 0 ? 0 : n - female(male(n - 1));
}

int main(void) {
    printf("is_even(10) = %d, is_odd(7) = %d, is_even(7) = %d\n", is_even(10), is_odd(7), is_even(7));
    printf("F:");
    for (int i = 0; i < 15; i++) {
        printf(" %d", female(i));
    }
    printf("\nM:");
    for (int i = 0; i < 15; i++) {
        printf(" %d", male(i));
    }
    printf("\n");
    return 0;
}
