/* The null pointer: 0 or NULL in a pointer context, false in a condition, equal to any other null. */
#include <stddef.h>
#include <stdio.h>

static const char *lookup(int key) {
    static const char *table[] = {"zero", "one", "two"};
    if (key < 0 || key > 2) {
        return NULL;
    }
    return table[key];
}

int main(void) {
    int *p = 0;
    char *q = NULL;
    void *v = (void *)0;
    printf("p == NULL: %d, q == 0: %d, v == p: %d\n", p == NULL, q == 0, v == p);
    if (!p) {
        printf("!p is true\n");
    }
    for (int k = -1; k <= 3; k++) {
        const char *s = lookup(k);
        printf("%d -> %s\n", k, s != NULL ? s : "(none)");
    }
    int x = 0;
    p = &x;
    printf("p != NULL: %d\n", p != NULL);
    return 0;
}
