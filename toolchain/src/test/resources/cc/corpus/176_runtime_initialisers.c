/* Local initialisers may be any expressions, evaluated at run time; static ones must be constant,
   which includes addresses of static objects plus or minus constants. */
#include <stdio.h>
#include <string.h>

static int table[10];
static int *middle = &table[5];
static int *end = table + 10;
static const char *tail = "constant string" + 9;
static int size = sizeof table / sizeof table[0];

static int twice(int x) {
    return 2 * x;
}

int main(void) {
    int a = twice(21);
    int b = a + (int)strlen("four");
    int arr[3] = {a, b, twice(b)};
    struct { int lo, hi; } range = {arr[0] - 1, arr[2] + 1};
    printf("a %d b %d arr %d %d %d range %d..%d\n", a, b, arr[0], arr[1], arr[2], range.lo, range.hi);
    printf("middle - table = %d, end - middle = %d\n", (int)(middle - table), (int)(end - middle));
    printf("tail = %s, size = %d\n", tail, size);
    return 0;
}
