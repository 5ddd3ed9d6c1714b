/* return ends a function anywhere, also from inside loops and switches. */
#include <stdio.h>

static int find(const int *a, int n, int key) {
    for (int i = 0; i < n; i++) {
        if (a[i] == key) {
            return i;
        }
    }
    return -1;
}

static const char *sign(int x) {
    switch (x > 0 ? 1 : x < 0 ? -1 : 0) {
        case 1: return "+";
        case -1: return "-";
    }
    return "0";
}

static void maybe_print(int x) {
    if (x < 0) {
        return;
    }
    printf("printed %d\n", x);
}

int main(void) {
    int a[] = {4, 8, 15, 16, 23, 42};
    printf("find 15: %d, find 99: %d\n", find(a, 6, 15), find(a, 6, 99));
    printf("%s %s %s\n", sign(5), sign(-5), sign(0));
    maybe_print(-1);
    maybe_print(1);
    return 0;
}
