/* Walking strings with char pointers: length, copy, reverse in place. */
#include <stdio.h>

static int length(const char *s) {
    const char *p = s;
    while (*p) {
        p++;
    }
    return p - s;
}

static void copy(char *dst, const char *src) {
    while ((*dst++ = *src++) != '\0') {
    }
}

static void reverse(char *s) {
    char *end = s + length(s) - 1;
    while (s < end) {
        char t = *s;
        *s++ = *end;
        *end-- = t;
    }
}

int main(void) {
    char buf[32];
    copy(buf, "pointers walk");
    printf("%s (%d)\n", buf, length(buf));
    reverse(buf);
    printf("%s\n", buf);
    char one[] = "x";
    reverse(one);
    printf("%s\n", one);
    return 0;
}
