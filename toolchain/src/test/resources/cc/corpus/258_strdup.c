/* strdup and strndup copy a string into memory from malloc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *original = "duplicate me";
    char *copy = strdup(original);
    copy[0] = 'D';
    printf("%s / %s\n", original, copy);
    printf("different memory: %d\n", copy != original);
    char *part = strndup(original, 9);
    printf("strndup 9: [%s] (%u)\n", part, (unsigned)strlen(part));
    char *whole = strndup("short", 100);
    printf("strndup 100: [%s]\n", whole);
    char *empty = strdup("");
    printf("empty: [%s] %u\n", empty, (unsigned)strlen(empty));
    free(copy);
    free(part);
    free(whole);
    free(empty);
    return 0;
}
