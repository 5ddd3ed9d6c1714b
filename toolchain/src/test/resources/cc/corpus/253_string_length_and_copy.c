/* strlen, strnlen, strcpy, strncpy. */
#include <stdio.h>
#include <string.h>

int main(void) {
    printf("strlen: %u %u %u\n", (unsigned)strlen(""), (unsigned)strlen("a"), (unsigned)strlen("hello world"));
    printf("strnlen: %u %u %u\n", (unsigned)strnlen("hello", 3), (unsigned)strnlen("hello", 10),
           (unsigned)strnlen("", 5));
    char dst[16];
    char *r = strcpy(dst, "copy me");
    printf("strcpy: %s, returns dst: %d\n", dst, r == dst);
    char pad[8];
    memset(pad, 'X', sizeof pad);
    strncpy(pad, "ab", sizeof pad);
    printf("strncpy pads: ");
    for (int i = 0; i < 8; i++) {
        printf("%d ", pad[i]);
    }
    printf("\n");
    memset(pad, 'X', sizeof pad);
    strncpy(pad, "abcdefghij", 4);
    printf("strncpy cuts, no terminator: %.8s\n", pad);
    return 0;
}
