/* Without break, execution falls through into the next case. */
#include <stdio.h>

static void count_down(int from) {
    printf("from %d:", from);
    switch (from) {
        case 3: printf(" three");
        /* fall through */
        case 2: printf(" two");
        /* fall through */
        case 1: printf(" one");
        /* fall through */
        default: printf(" go\n");
    }
}

static int days_in_month(int month) {
    switch (month) {
        case 2:
            return 28;
        case 4: case 6: case 9: case 11:
            return 30;
        default:
            return 31;
    }
}

int main(void) {
    count_down(3);
    count_down(1);
    count_down(9);
    int total = 0;
    for (int m = 1; m <= 12; m++) {
        total += days_in_month(m);
    }
    printf("days in a year: %d\n", total);
    return 0;
}
