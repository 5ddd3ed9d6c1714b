/* A student mistake: strlen returns an unsigned size_t, so strlen(a) - strlen(b) is never negative. */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *a = "cat", *b = "horse";
    if (strlen(a) - strlen(b) > 0) {
        printf("wrong: \"%s\" looks longer than \"%s\" (%u)\n", a, b, (unsigned)(strlen(a) - strlen(b)));
    }
    if (strlen(a) > strlen(b)) {
        printf("not printed\n");
    } else {
        printf("right: \"%s\" is shorter\n", a);
    }
    int diff = (int)strlen(a) - (int)strlen(b);
    printf("signed difference: %d\n", diff);
    return 0;
}
