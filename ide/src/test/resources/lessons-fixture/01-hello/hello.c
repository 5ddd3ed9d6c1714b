/* hello.c: a starter file of the test lesson. */
#include <stdio.h>

int main(void)
{
    printf("hello from the lesson\n");
    return 0;
}
