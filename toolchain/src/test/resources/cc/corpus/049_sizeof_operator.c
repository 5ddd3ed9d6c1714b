/* sizeof of types, expressions, arrays and strings; it yields a size_t and evaluates nothing. */
#include <stddef.h>
#include <stdio.h>

static size_t param_size(int arr[10]) {
    return sizeof arr;   /* a parameter declared as an array is a pointer */
}

int main(void) {
    int arr[10];
    char str[] = "hello";
    const char *ptr = "hello";
    printf("sizeof arr = %u\n", (unsigned)sizeof arr);
    printf("elements = %u\n", (unsigned)(sizeof arr / sizeof arr[0]));
    printf("sizeof str = %u, sizeof ptr = %u\n", (unsigned)sizeof str, (unsigned)sizeof ptr);
    printf("sizeof \"hello\" = %u\n", (unsigned)sizeof "hello");
    printf("param_size = %u\n", (unsigned)param_size(arr));
    printf("sizeof(int[3][4]) = %u\n", (unsigned)sizeof(int[3][4]));
    printf("sizeof(char *[5]) = %u\n", (unsigned)sizeof(char *[5]));
    int m[3][4];
    printf("sizeof m[0] = %u\n", (unsigned)sizeof m[0]);
    printf("sizeof(sizeof(int)) = %u\n", (unsigned)sizeof(sizeof(int)));
    int n = 1;
    size_t s = sizeof(n = 99);
    printf("s = %u, n = %d\n", (unsigned)s, n);
    printf("sizeof(-1) > 0 ... sizeof yields unsigned: %d\n", sizeof(int) > -1);
    return 0;
}
