/* A student mistake: a forgotten break falls through into the next case. */
#include <stdio.h>

static int price_wrong(char size) {
    int price = 0;
    switch (size) {
        case 'S': price = 3;
        case 'M': price = 4;   /* S falls through to here */
        case 'L': price = 5;
            break;
        default: price = -1;
    }
    return price;
}

static int price_right(char size) {
    switch (size) {
        case 'S': return 3;
        case 'M': return 4;
        case 'L': return 5;
        default: return -1;
    }
}

int main(void) {
    const char sizes[] = "SMLX";
    for (int i = 0; i < 4; i++) {
        printf("%c: wrong %d, right %d\n", sizes[i], price_wrong(sizes[i]), price_right(sizes[i]));
    }
    return 0;
}
