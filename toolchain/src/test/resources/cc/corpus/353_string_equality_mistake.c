/* A student mistake: == on strings compares addresses, not contents. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char a[] = "minnow";
    char b[] = "minnow";
    printf("a == b: %d (two different arrays)\n", a == b);
    printf("strcmp(a, b) == 0: %d\n", strcmp(a, b) == 0);
    const char *p = a;
    printf("p == a: %d (same array)\n", p == a);
    char input[16];
    strcpy(input, "quit");
    if (strcmp(input, "quit") == 0) {
        printf("quitting\n");
    }
    return 0;
}
