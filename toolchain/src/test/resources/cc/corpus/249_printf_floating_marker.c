/* There is no floating point: a floating conversion is printed as written, taking no argument,
   so the output shows where a number would have gone. */
#include <stdio.h>

int main(void) {
    printf("[%f] [%e] [%g] [%E] [%G] [%F] [%a] [%A]\n");
    printf("[%.2f] [%10.3e] [%-8g]\n");
    printf("pi is about %.2f, and the next argument is still %d\n", 42);
    printf("[%Lf]\n");
    return 0;
}
