/* stdbool.h: bool, true and false. */
#include <stdbool.h>
#include <stdio.h>

static bool is_even(int n) {
    return n % 2 == 0;
}

int main(void) {
    bool t = true, f = false;
    printf("true = %d, false = %d\n", t, f);
    for (int i = 0; i < 4; i++) {
        printf("%d is %s\n", i, is_even(i) ? "even" : "odd");
    }
    bool flags[4] = {true, false, 7, 0};
    printf("%d %d %d %d\n", flags[0], flags[1], flags[2], flags[3]);
    printf("__bool_true_false_are_defined = %d\n", __bool_true_false_are_defined);
    return 0;
}
