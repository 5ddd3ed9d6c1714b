/* A function changes the caller's pointer through a pointer to it. */
#include <stdio.h>

static void advance_past_spaces(const char **p) {
    while (**p == ' ') {
        (*p)++;
    }
}

static void pick_larger(int **result, int *a, int *b) {
    *result = *a > *b ? a : b;
}

int main(void) {
    const char *s = "   indented";
    advance_past_spaces(&s);
    printf("[%s]\n", s);
    int x = 3, y = 8;
    int *larger = NULL;
    pick_larger(&larger, &x, &y);
    printf("larger = %d\n", *larger);
    const char *table[] = {"zero", "one", "two"};
    const char **walk = table;
    walk += 2;
    printf("*walk = %s, walk[-1] = %s, **walk = %c\n", *walk, walk[-1], **walk);
    return 0;
}
