/* Function pointers compare equal exactly when they point to the same function. */
#include <stdio.h>

static void alpha(void) {}
static void beta(void) {}

typedef void (*action)(void);

static const char *which(action a) {
    if (a == alpha) return "alpha";
    if (a == beta) return "beta";
    if (a == NULL) return "nothing";
    return "unknown";
}

int main(void) {
    action list[] = {beta, alpha, NULL, alpha};
    for (int i = 0; i < 4; i++) {
        printf("%d: %s\n", i, which(list[i]));
        if (list[i]) {
            list[i]();
        }
    }
    printf("alpha == alpha: %d, alpha != beta: %d\n", list[1] == list[3], list[0] != list[1]);
    return 0;
}
