/* abs, labs, llabs; div, ldiv, lldiv give quotient and remainder together. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("abs: %d %d %d %d\n", abs(5), abs(-5), abs(0), abs(-INT_MAX));
    printf("labs: %ld %ld\n", labs(-100000L), labs(LONG_MAX));
    printf("llabs: %lld %lld\n", llabs(-5000000000LL), llabs(LLONG_MIN + 1));
    div_t d = div(17, 5);
    printf("div(17, 5) = %d rem %d\n", d.quot, d.rem);
    d = div(-17, 5);
    printf("div(-17, 5) = %d rem %d\n", d.quot, d.rem);
    d = div(17, -5);
    printf("div(17, -5) = %d rem %d\n", d.quot, d.rem);
    ldiv_t l = ldiv(-1000001L, 1000L);
    printf("ldiv = %ld rem %ld\n", l.quot, l.rem);
    lldiv_t ll = lldiv(10000000000LL, 3LL);
    printf("lldiv = %lld rem %lld\n", ll.quot, ll.rem);
    return 0;
}
