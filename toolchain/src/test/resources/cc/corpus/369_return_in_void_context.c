/* A student mistake that C accepts: ignoring a function's result. The value is computed and lost. */
#include <stdio.h>
#include <string.h>

static int doubled(int x) {
    return x * 2;
}

int main(void) {
    int x = 5;
    doubled(x);   /* does not change x */
    printf("x = %d after doubled(x)\n", x);
    x = doubled(x);
    printf("x = %d after x = doubled(x)\n", x);
    char buf[8] = "abc";
    strcat(buf, "def");   /* the result is buf itself; ignoring it is fine here */
    printf("%s\n", buf);
    return 0;
}
