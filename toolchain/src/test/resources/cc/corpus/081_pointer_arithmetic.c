/* Adding n to a pointer moves it n elements, whatever the element size. */
#include <stdio.h>

struct pair {
    int a;
    int b;
};

int main(void) {
    int ints[5] = {10, 20, 30, 40, 50};
    char chars[5] = "abcd";
    long long longs[3] = {1, 2, 3};
    struct pair pairs[3] = {{1, 2}, {3, 4}, {5, 6}};
    int *pi = ints;
    printf("*(pi + 3) = %d\n", *(pi + 3));
    printf("bytes between ints[0] and ints[3]: %d\n", (int)((char *)(pi + 3) - (char *)pi));
    printf("bytes between longs[0] and longs[2]: %d\n", (int)((char *)&longs[2] - (char *)&longs[0]));
    printf("bytes between pairs[0] and pairs[2]: %d\n", (int)((char *)(pairs + 2) - (char *)pairs));
    char *pc = chars + 4;
    printf("*(pc - 2) = %c\n", *(pc - 2));
    struct pair *pp = pairs;
    pp++;
    printf("pp->b = %d\n", pp->b);
    int *end = ints + 5;   /* one past the end: may be formed and compared, not read */
    int sum = 0;
    for (int *q = ints; q != end; q++) {
        sum += *q;
    }
    printf("sum = %d\n", sum);
    printf("end - ints = %d\n", (int)(end - ints));
    return 0;
}
