/* Constant lookup tables: static const arrays of numbers and of strings. */
#include <stdio.h>

static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const unsigned char squares[] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225};

int main(void) {
    int day_of_year = 0;
    for (int m = 0; m < 12; m++) {
        if (m % 3 == 0) {
            printf("%s starts on day %d\n", months[m], day_of_year + 1);
        }
        day_of_year += days[m];
    }
    printf("days: %d\n", day_of_year);
    int sum = 0;
    for (unsigned i = 0; i < sizeof squares; i++) {
        sum += squares[i];
    }
    printf("sum of squares 0..15 = %d\n", sum);
    return 0;
}
