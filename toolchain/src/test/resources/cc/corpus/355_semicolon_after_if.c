/* A student mistake: a semicolon after if (...) or for (...) is an empty body. */
#include <stdio.h>

int main(void) {
    int x = 0;
    if (x > 5);
    {
        printf("this block runs whatever x is\n");
    }
    int i, count = 0;
    for (i = 0; i < 10; i++);
    {
        count++;
    }
    printf("the loop ran empty to i = %d; the block after it ran %d time\n", i, count);
    int n = 3;
    while (n-- > 0);
    printf("n = %d\n", n);
    return 0;
}
