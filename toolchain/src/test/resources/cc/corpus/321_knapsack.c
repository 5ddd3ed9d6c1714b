/* The 0/1 knapsack problem by dynamic programming, and which items were chosen. */
#include <stdio.h>

#define ITEMS 6
#define CAPACITY 15

int main(void) {
    const char *names[ITEMS] = {"map", "compass", "water", "sandwich", "glucose", "tin"};
    int weight[ITEMS] = {9, 13, 3, 2, 1, 5};
    int value[ITEMS] = {150, 35, 200, 160, 60, 45};
    static int best[ITEMS + 1][CAPACITY + 1];
    for (int i = 1; i <= ITEMS; i++) {
        for (int w = 0; w <= CAPACITY; w++) {
            best[i][w] = best[i - 1][w];
            if (weight[i - 1] <= w) {
                int with = best[i - 1][w - weight[i - 1]] + value[i - 1];
                if (with > best[i][w]) best[i][w] = with;
            }
        }
    }
    printf("best value %d\n", best[ITEMS][CAPACITY]);
    int w = CAPACITY;
    for (int i = ITEMS; i > 0; i--) {
        if (best[i][w] != best[i - 1][w]) {
            printf("take %s (weight %d, value %d)\n", names[i - 1], weight[i - 1], value[i - 1]);
            w -= weight[i - 1];
        }
    }
    printf("weight used %d of %d\n", CAPACITY - w, CAPACITY);
    return 0;
}
