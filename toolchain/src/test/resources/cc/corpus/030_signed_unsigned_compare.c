/* The classic surprise: in -1 < 1u, -1 is converted to unsigned and becomes UINT_MAX. */
#include <stdio.h>

int main(void) {
    printf("-1 < 1: %d\n", -1 < 1);
    printf("-1 < 1u: %d\n", -1 < 1u);
    printf("-1 < 1ll: %d\n", -1 < 1ll);
    printf("-1ll < 1u: %d (long long holds every unsigned int)\n", -1ll < 1u);
    printf("-1 < (unsigned char)1: %d (unsigned char becomes int)\n", -1 < (unsigned char)1);
    printf("-1 < (unsigned short)1: %d\n", -1 < (unsigned short)1);
    int i = -1;
    unsigned int u = 1;
    if (i < u) {
        printf("i < u\n");
    } else {
        printf("i >= u, because i becomes %u\n", (unsigned)i);
    }
    unsigned int len = 0;
    printf("len - 1 > 5: %d\n", len - 1 > 5);
    return 0;
}
