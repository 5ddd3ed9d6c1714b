/* Walking an array of structs with a pointer and ->. */
#include <stdio.h>

struct item {
    const char *name;
    int price;
    int count;
};

int main(void) {
    struct item stock[] = {
        {"pen", 150, 10},
        {"book", 1200, 2},
        {"bag", 2500, 1},
    };
    int total = 0;
    for (struct item *p = stock; p < stock + 3; p++) {
        int value = p->price * p->count;
        printf("%-5s %5d x %2d = %6d\n", p->name, p->price, p->count, value);
        total += value;
    }
    printf("total = %d\n", total);
    struct item *last = &stock[2];
    printf("last - stock = %d\n", (int)(last - stock));
    printf("(*last).name = %s\n", (*last).name);
    return 0;
}
