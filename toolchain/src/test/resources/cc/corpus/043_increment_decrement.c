/* Prefix and postfix ++ and --: the value of the expression versus the variable afterwards. */
#include <stdio.h>

int main(void) {
    int i = 5;
    int a = i++;
    printf("a = i++: a = %d, i = %d\n", a, i);
    int b = ++i;
    printf("b = ++i: b = %d, i = %d\n", b, i);
    int c = i--;
    printf("c = i--: c = %d, i = %d\n", c, i);
    int d = --i;
    printf("d = --i: d = %d, i = %d\n", d, i);
    int arr[] = {10, 20, 30};
    int *p = arr;
    int v = *p++;
    printf("*p++ = %d, now *p = %d\n", v, *p);
    v = (*p)++;
    printf("(*p)++ = %d, arr[1] = %d\n", v, arr[1]);
    v = *++p;
    printf("*++p = %d\n", v);
    v = ++*p;
    printf("++*p = %d\n", v);
    long long big = 0xffffffffLL;
    big++;
    printf("0xffffffff + 1 = %lld\n", big);
    unsigned char uc = 255;
    uc++;
    printf("uc = %d\n", uc);
    return 0;
}
