/* A for loop may declare its variables; they live only in the loop and may shadow outer ones. */
#include <stdio.h>

int main(void) {
    int i = 100;
    for (int i = 0; i < 3; i++) {
        printf("inner i = %d\n", i);
    }
    printf("outer i = %d\n", i);
    for (int a = 0, b = 10; a < b; a += 4, b -= 1) {
        printf("a = %d, b = %d\n", a, b);
    }
    int total = 0;
    for (int row = 0; row < 3; row++) {
        for (int col = 0; col < 3; col++) {
            int cell = row * 3 + col;
            total += cell;
        }
    }
    printf("total = %d\n", total);
    return 0;
}
