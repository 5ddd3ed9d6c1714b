/* register is a hint only; a register variable's address cannot be taken, otherwise it is an ordinary variable. */
#include <stdio.h>

static int sum_to(register int n) {
    register int total = 0;
    for (register int i = 1; i <= n; i++) {
        total += i;
    }
    return total;
}

int main(void) {
    register char c = 'r';
    printf("sum_to(100) = %d, c = %c\n", sum_to(100), c);
    register int arr_like = 5;
    arr_like *= arr_like;
    printf("arr_like = %d\n", arr_like);
    return 0;
}
