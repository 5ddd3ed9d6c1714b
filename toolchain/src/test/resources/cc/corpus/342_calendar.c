/* Day of the week by Zeller's congruence, leap years, and a month calendar. */
#include <stdio.h>

static int is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int day_of_week(int y, int m, int d) {   /* 0 = Sunday */
    if (m < 3) {
        m += 12;
        y--;
    }
    int k = y % 100, j = y / 100;
    int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
    return (h + 6) % 7;
}

int main(void) {
    const char *days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    printf("1969-07-20 was a %s\n", days[day_of_week(1969, 7, 20)]);
    printf("2000-01-01 was a %s\n", days[day_of_week(2000, 1, 1)]);
    printf("leap: 1900 %d, 2000 %d, 2024 %d, 2023 %d\n", is_leap(1900), is_leap(2000), is_leap(2024), is_leap(2023));
    int year = 2024, month = 2;
    int days_in = 28 + is_leap(year);
    printf("     February %d\nSu Mo Tu We Th Fr Sa\n", year);
    int start = day_of_week(year, month, 1);
    for (int i = 0; i < start; i++) printf("   ");
    for (int d = 1; d <= days_in; d++) {
        printf("%2d%c", d, (start + d) % 7 == 0 ? '\n' : ' ');
    }
    printf("\n");
    return 0;
}
