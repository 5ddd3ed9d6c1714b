/* A switch inside a switch: each break leaves only the innermost one. */
#include <stdio.h>

static void describe(int kind, int size) {
    switch (kind) {
        case 0:
            printf("box ");
            switch (size) {
                case 0: printf("small"); break;
                case 1: printf("large"); break;
                default: printf("odd-sized"); break;
            }
            printf(" (after inner switch)");
            break;
        case 1:
            printf("bag ");
            switch (size) {
                case 0: printf("small"); /* fall through */
                case 1: printf(" or large"); break;
            }
            break;
        default:
            printf("unknown");
    }
    printf("\n");
}

int main(void) {
    for (int k = 0; k < 3; k++) {
        for (int s = 0; s < 3; s++) {
            describe(k, s);
        }
    }
    return 0;
}
