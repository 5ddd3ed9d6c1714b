/* Returning 300 from main gives status 300 & 0xff = 44. */
#include <stdio.h>

int main(void) {
    printf("returning 300\n");
    return 300;
}
