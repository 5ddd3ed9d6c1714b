/* Pointers convert to uintptr_t and back without loss; void * converts to and from any object pointer. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int x = 42;
    int *p = &x;
    uintptr_t bits = (uintptr_t)p;
    int *q = (int *)bits;
    printf("round trip: %d, same pointer: %d\n", *q, p == q);
    printf("aligned to 4: %d\n", (int)(bits % 4 == 0));
    void *v = p;
    int *back = v;
    printf("via void *: %d\n", *back);
    char *bytes = (char *)p;
    printf("(char *)p + 4 == (char *)(p + 1): %d\n", bytes + 4 == (char *)(p + 1));
    int *null = (int *)0;
    printf("(uintptr_t)NULL = %u\n", (unsigned)(uintptr_t)null);
    printf("sizeof(uintptr_t) = %u\n", (unsigned)sizeof(uintptr_t));
    return 0;
}
