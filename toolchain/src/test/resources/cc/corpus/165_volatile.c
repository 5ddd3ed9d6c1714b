/* volatile objects are read and written exactly as the program says (the values are the same
   as without it; what changes is that no access may be left out). */
#include <stdio.h>

static volatile int ticks;
static volatile unsigned char status_register = 0x80;

static void tick(void) {
    ticks++;
}

int main(void) {
    for (int i = 0; i < 10; i++) {
        tick();
    }
    printf("ticks = %d\n", ticks);
    int polls = 0;
    while (status_register & 0x80) {   /* read on every pass */
        polls++;
        if (polls == 3) {
            status_register = 0;
        }
    }
    printf("polls = %d\n", polls);
    volatile int x = 5;
    int y = x + x;
    printf("y = %d\n", y);
    volatile int arr[3] = {1, 2, 3};
    arr[1] += 40;
    printf("arr[1] = %d\n", arr[1]);
    return 0;
}
