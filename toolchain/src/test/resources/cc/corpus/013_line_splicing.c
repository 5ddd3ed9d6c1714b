/* A backslash at the end of a line joins it with the next, even inside a name or a string. */
#include <stdio.h>

#define SUM(a, b) \
    ((a) + \
     (b))

int main(void) {
    int val\
ue = 5;
    printf("value = %d\n", value);
    printf("SUM = %d\n", SUM(2, 3));
    printf("a string \
split over two lines\n");
    return 0;
}
