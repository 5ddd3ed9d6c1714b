/* %p prints 0x and the address in lower-case hexadecimal (this C library's choice; C leaves
   the form to the implementation). Addresses here are made from integers, so they are fixed. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    printf("[%p]\n", (void *)0);
    printf("[%p]\n", (void *)(uintptr_t)0x1234);
    printf("[%p]\n", (void *)(uintptr_t)0x80001000u);
    printf("[%12p] [%-12p]\n", (void *)(uintptr_t)0xabc, (void *)(uintptr_t)0xabc);
    int x;
    int *p = &x;
    char line[32];
    int n = snprintf(line, sizeof line, "%p", (void *)p);
    printf("a real address prints as 0x and %d hex digits at most: %d\n", 8, n >= 3 && n <= 10);
    return 0;
}
