/* switch with break after each case. */
#include <stdio.h>

static const char *day_name(int d) {
    const char *name;
    switch (d) {
        case 0: name = "Sunday"; break;
        case 1: name = "Monday"; break;
        case 2: name = "Tuesday"; break;
        case 3: name = "Wednesday"; break;
        case 4: name = "Thursday"; break;
        case 5: name = "Friday"; break;
        case 6: name = "Saturday"; break;
        default: name = "no such day"; break;
    }
    return name;
}

int main(void) {
    for (int d = -1; d <= 7; d++) {
        printf("%d: %s\n", d, day_name(d));
    }
    return 0;
}
