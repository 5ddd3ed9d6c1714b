/* signed char runs from -128 to 127; converting a larger value keeps the low 8 bits. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    signed char lo = SCHAR_MIN, hi = SCHAR_MAX;
    printf("%d %d\n", lo, hi);
    signed char wrapped = (signed char)(hi + 1);
    printf("(signed char)128 = %d\n", wrapped);
    printf("(signed char)255 = %d\n", (signed char)255);
    printf("(signed char)256 = %d\n", (signed char)256);
    printf("(signed char)-129 = %d\n", (signed char)-129);
    printf("-lo = %d (computed in int)\n", -lo);
    return 0;
}
