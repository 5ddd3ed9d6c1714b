/* Structs containing structs and arrays of structs, reached with chains of . and []. */
#include <stdio.h>

struct date {
    int year, month, day;
};

struct person {
    char name[16];
    struct date born;
    struct date events[2];
};

int main(void) {
    struct person p = {"Ada", {1815, 12, 10}, {{1833, 6, 5}, {1843, 9, 1}}};
    printf("%s born %d-%02d-%02d\n", p.name, p.born.year, p.born.month, p.born.day);
    for (int i = 0; i < 2; i++) {
        printf("event %d: %d-%02d-%02d\n", i, p.events[i].year, p.events[i].month, p.events[i].day);
    }
    p.events[1].day += 30;
    struct date *d = &p.events[1];
    printf("changed day: %d\n", d->day);
    struct person copy = p;
    copy.born.year = 2000;
    printf("original year %d, copy year %d\n", p.born.year, copy.born.year);
    return 0;
}
