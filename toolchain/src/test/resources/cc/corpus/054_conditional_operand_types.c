/* The result of ?: has one type for both branches: chars are promoted, a null pointer
   constant takes the other side's pointer type, and void * mixes with any object pointer. */
#include <stdio.h>

int main(void) {
    char a = 'a';
    short s = 1;
    printf("sizeof(1 ? a : a) = %u\n", (unsigned)sizeof(1 ? a : a));
    printf("sizeof(1 ? s : a) = %u\n", (unsigned)sizeof(1 ? s : a));
    printf("sizeof(0 ? 1 : 1ULL) = %u\n", (unsigned)sizeof(0 ? 1 : 1ULL));
    int x = 3;
    int *p = x > 2 ? &x : 0;
    printf("*p = %d\n", *p);
    void *v = &x;
    int *q = x ? v : p;
    printf("*q = %d\n", *q);
    int small = -1;
    unsigned big = 1;
    printf("(1 ? small : big) = %u\n", 1 ? small : big);
    return 0;
}
