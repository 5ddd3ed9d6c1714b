/* A student mistake: sizeof of an array parameter (a pointer) is not the array's size. */
#include <stdio.h>

static int wrong_count(int values[]) {
    return (int)(sizeof values / sizeof values[0]);   /* sizeof(int *) / sizeof(int) */
}

static int sum(const int *values, int count) {
    int s = 0;
    for (int i = 0; i < count; i++) s += values[i];
    return s;
}

int main(void) {
    int data[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    printf("in main: %d elements\n", (int)(sizeof data / sizeof data[0]));
    printf("in the function: %d elements (wrong)\n", wrong_count(data));
    printf("sum with the count passed along: %d\n", sum(data, (int)(sizeof data / sizeof data[0])));
    return 0;
}
