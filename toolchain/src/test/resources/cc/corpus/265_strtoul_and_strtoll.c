/* strtoul, strtoll and strtoull: unsigned and 64-bit ranges; a minus sign negates in unsigned
   arithmetic. errno is read only after each call has returned (the order in which a function's
   arguments are evaluated is unspecified). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static const char *range(void) {
    return errno == ERANGE ? "ERANGE" : errno == 0 ? "0" : "other";
}

int main(void) {
    errno = 0;
    unsigned long ul = strtoul("4294967295", NULL, 10);
    printf("strtoul 4294967295 = %lu, errno %s\n", ul, range());
    errno = 0;
    ul = strtoul("4294967296", NULL, 10);
    printf("strtoul 4294967296 = %lu, errno %s\n", ul, range());
    errno = 0;
    ul = strtoul("-1", NULL, 10);
    printf("strtoul -1 = %lu, errno %s\n", ul, range());
    printf("strtoul 0xDEADBEEF = %lu\n", strtoul("0xDEADBEEF", NULL, 0));
    const char *signed_inputs[] = {"9223372036854775807", "9223372036854775808", "-9223372036854775808",
                                   "-9223372036854775809"};
    for (int i = 0; i < 4; i++) {
        errno = 0;
        long long v = strtoll(signed_inputs[i], NULL, 10);
        printf("strtoll %s = %lld, errno %s\n", signed_inputs[i], v, range());
    }
    const char *unsigned_inputs[] = {"18446744073709551615", "18446744073709551616", "-18446744073709551615"};
    for (int i = 0; i < 3; i++) {
        errno = 0;
        unsigned long long v = strtoull(unsigned_inputs[i], NULL, 10);
        printf("strtoull %s = %llu, errno %s\n", unsigned_inputs[i], v, range());
    }
    char *end;
    unsigned long long v = strtoull("  1111000011110000111100001111000011110000", &end, 2);
    printf("binary = %llu, rest [%s]\n", v, end);
    printf("strtoll base 36 = %lld\n", strtoll("minnow", NULL, 36));
    return 0;
}
