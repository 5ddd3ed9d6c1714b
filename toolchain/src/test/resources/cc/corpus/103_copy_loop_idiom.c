/* The K&R copy idiom: while ((*d++ = *s++)) copies up to and including the terminator. */
#include <stdio.h>

static char *my_strcpy(char *d, const char *s) {
    char *start = d;
    while ((*d++ = *s++)) {
    }
    return start;
}

static char *my_strcat(char *d, const char *s) {
    char *start = d;
    while (*d) {
        d++;
    }
    while ((*d++ = *s++)) {
    }
    return start;
}

int main(void) {
    char buf[64];
    my_strcpy(buf, "copy");
    my_strcat(buf, " and ");
    my_strcat(buf, "append");
    printf("%s\n", buf);
    char empty[4];
    my_strcpy(empty, "");
    printf("[%s]\n", empty);
    return 0;
}
