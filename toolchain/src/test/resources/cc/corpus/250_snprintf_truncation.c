/* snprintf writes at most size-1 characters and a terminating zero, and returns the length the
   whole output would have had. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[10];
    memset(buf, 'X', sizeof buf);
    int n = snprintf(buf, sizeof buf, "%s", "0123456789abc");
    printf("n = %d, buf = %s\n", n, buf);
    n = snprintf(buf, 5, "%d", 1234567);
    printf("n = %d, buf = %s, buf[5] = %c\n", n, buf, buf[5]);
    n = snprintf(buf, 1, "abc");
    printf("n = %d, buf[0] = %d\n", n, buf[0]);
    buf[0] = 'Q';
    n = snprintf(buf, 0, "abc");
    printf("n = %d, buf[0] = %c (size 0 writes nothing)\n", n, buf[0]);
    n = snprintf(NULL, 0, "%d items", 12345);
    printf("needed %d characters\n", n);
    n = snprintf(buf, sizeof buf, "exact %d", 12);
    printf("n = %d, buf = %s\n", n, buf);
    return 0;
}
