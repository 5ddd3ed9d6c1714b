/* A student mistake: arrays start at index 0, so an array of n elements ends at n - 1. */
#include <stdio.h>

int main(void) {
    int month_days[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};   /* index 0 unused on purpose */
    int total = 0;
    for (int m = 1; m <= 12; m++) {
        total += month_days[m];
    }
    printf("one-based with a spare element: %d days\n", total);
    int zero_based[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    total = 0;
    for (int m = 0; m < 12; m++) {
        total += zero_based[m];
    }
    printf("zero-based: %d days, December is zero_based[11] = %d\n", total, zero_based[11]);
    return 0;
}
