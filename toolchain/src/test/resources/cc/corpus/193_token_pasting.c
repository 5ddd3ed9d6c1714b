/* The ## operator joins two tokens into one: building names and numbers. */
#include <stdio.h>

#define CONCAT(a, b) a ## b
#define MAKE_GETTER(name) static int get_ ## name(void) { return name; }
#define VAR(n) var_ ## n
#define HEX(digits) 0x ## digits

static int width = 640;
static int height = 480;
MAKE_GETTER(width)
MAKE_GETTER(height)

int main(void) {
    int VAR(1) = 10, VAR(2) = 20;
    printf("var_1 + var_2 = %d\n", var_1 + var_2);
    printf("CONCAT(12, 34) = %d\n", CONCAT(12, 34));
    printf("HEX(ff) = %d\n", HEX(ff));
    printf("get_width() = %d, get_height() = %d\n", get_width(), get_height());
    int CONCAT(wid, th) = 5;   /* declares a local named width */
    printf("local width = %d\n", width);
    printf("CONCAT(, 7) = %d\n", CONCAT(, 7));
    return 0;
}
