/* printf returns the number of characters written; %n stores the count so far. */
#include <stdio.h>

int main(void) {
    int r = printf("hello\n");
    printf("printf returned %d\n", r);
    r = printf("%d-%s-%c\n", 123, "ab", 'z');
    printf("printf returned %d\n", r);
    int at = 0, end = 0;
    printf("abc%nde%n\n", &at, &end);
    printf("%%n gave %d and %d\n", at, end);
    signed char small;
    short mid;
    long long big;
    printf("%5d%hhn%hn%lln|\n", 1, &small, &mid, &big);
    printf("%d %d %lld\n", small, mid, big);
    r = printf("%s", "");
    printf("empty printf returned %d\n", r);
    return 0;
}
