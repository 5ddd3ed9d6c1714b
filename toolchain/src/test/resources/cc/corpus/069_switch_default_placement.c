/* default may stand anywhere among the cases, and falls through like any other label. */
#include <stdio.h>

static void classify(int x) {
    printf("%d:", x);
    switch (x) {
        case 1:
            printf(" one");
            break;
        default:
            printf(" other");
            /* fall through */
        case 2:
            printf(" (two or after default)");
            break;
        case 3:
            printf(" three");
    }
    printf("\n");
}

int main(void) {
    classify(1);
    classify(2);
    classify(3);
    classify(7);
    switch (5) {
    }
    switch (4) {
        case 1:
            printf("no default, no match: nothing\n");
    }
    printf("done\n");
    return 0;
}
