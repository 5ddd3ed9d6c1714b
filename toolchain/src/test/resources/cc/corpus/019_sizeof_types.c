/* The sizes of the basic types on ilp32. */
#include <stdio.h>

int main(void) {
    printf("char %u\n", (unsigned)sizeof(char));
    printf("short %u\n", (unsigned)sizeof(short));
    printf("int %u\n", (unsigned)sizeof(int));
    printf("long %u\n", (unsigned)sizeof(long));
    printf("long long %u\n", (unsigned)sizeof(long long));
    printf("_Bool %u\n", (unsigned)sizeof(_Bool));
    printf("void * %u\n", (unsigned)sizeof(void *));
    printf("int * %u\n", (unsigned)sizeof(int *));
    printf("char ** %u\n", (unsigned)sizeof(char **));
    printf("int (*)(void) %u\n", (unsigned)sizeof(int (*)(void)));
    printf("unsigned %u, signed char %u\n", (unsigned)sizeof(unsigned), (unsigned)sizeof(signed char));
    int x = 0;
    printf("sizeof x = %u, sizeof(x + 1LL) = %u\n", (unsigned)sizeof x, (unsigned)sizeof(x + 1LL));
    printf("sizeof x++ does not evaluate: ");
    (void)sizeof(x++);
    printf("x = %d\n", x);
    return 0;
}
