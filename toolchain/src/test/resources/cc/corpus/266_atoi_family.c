/* atoi, atol, atoll: decimal only, no error reporting. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("%d %d %d %d %d\n", atoi("42"), atoi("  -17 apples"), atoi("+8"), atoi("abc"), atoi(""));
    printf("%d %d\n", atoi("0x10"), atoi("010"));
    printf("%ld %ld\n", atol("2147483647"), atol("-2147483648"));
    printf("%lld %lld\n", atoll("9000000000000000000"), atoll("-1234567890123"));
    return 0;
}
