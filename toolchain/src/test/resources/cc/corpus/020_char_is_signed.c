/* Plain char is signed in minnow cc (GCC needs -fsigned-char for this): a char holding 0xC8 is -56. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    char c = (char)200;
    printf("c = %d\n", c);
    printf("c < 0: %d\n", c < 0);
    printf("CHAR_MIN = %d, CHAR_MAX = %d\n", CHAR_MIN, CHAR_MAX);
    char s[] = "\xe9t\xe9";
    printf("s[0] = %d, s[1] = %d\n", s[0], s[1]);
    int count = 0;
    for (char *p = s; *p; p++) {
        if (*p < 0) {
            count++;
        }
    }
    printf("negative chars in s: %d\n", count);
    return 0;
}
