/* errno holds the last error of a library call; strerror describes an error number. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    printf("errno at start: %d\n", errno);
    errno = 0;
    long v = strtol("99999999999999999999", NULL, 10);
    printf("strtol overflow: %ld, errno == ERANGE: %d\n", v, errno == ERANGE);
    printf("EDOM %d, ERANGE %d, EINVAL %d, ENOMEM %d, ENOENT %d\n", EDOM, ERANGE, EINVAL, ENOMEM, ENOENT);
    int codes[] = {0, EPERM, ENOENT, ENOMEM, EINVAL, ERANGE, ENOSYS, 999, -1};
    for (int i = 0; i < 9; i++) {
        printf("%d: %s\n", codes[i], strerror(codes[i]));
    }
    return 0;
}
