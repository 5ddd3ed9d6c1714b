/* A student mistake: strncpy does not terminate the copy when the source is too long. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char name[6];
    memset(name, '#', sizeof name);
    strncpy(name, "Alexander", sizeof name);
    printf("bytes: %.6s (no terminator among them: %d)\n", name, memchr(name, '\0', sizeof name) == NULL);
    name[sizeof name - 1] = '\0';   /* the usual fix */
    printf("fixed: %s\n", name);
    char safe[6];
    snprintf(safe, sizeof safe, "%s", "Alexander");   /* snprintf always terminates */
    printf("snprintf: %s\n", safe);
    return 0;
}
