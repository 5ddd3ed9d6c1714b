/* A student mistake: 1 / 2 is 0 in integer arithmetic, so the order of * and / matters. */
#include <stdio.h>

int main(void) {
    int score = 37, total = 50;
    printf("score / total * 100 = %d\n", score / total * 100);
    printf("score * 100 / total = %d\n", score * 100 / total);
    int half = 1 / 2 * 10;
    printf("1 / 2 * 10 = %d\n", half);
    int average = (7 + 8) / 2;
    printf("(7 + 8) / 2 = %d (rounded down)\n", average);
    printf("rounded to nearest: %d\n", (7 + 8 + 1) / 2);
    return 0;
}
