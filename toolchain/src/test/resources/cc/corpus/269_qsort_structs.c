/* Sorting structs by several keys with different comparators. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct student {
    char name[12];
    int grade;
    int age;
};

static int by_name(const void *a, const void *b) {
    return strcmp(((const struct student *)a)->name, ((const struct student *)b)->name);
}

static int by_grade_then_age(const void *a, const void *b) {
    const struct student *x = a, *y = b;
    if (x->grade != y->grade) {
        return y->grade - x->grade;   /* higher grades first; small values, no overflow */
    }
    return x->age - y->age;
}

static void print(const struct student *s, int n) {
    for (int i = 0; i < n; i++) {
        printf("  %-6s grade %d age %d\n", s[i].name, s[i].grade, s[i].age);
    }
}

int main(void) {
    struct student s[] = {{"Maria", 90, 20}, {"Ali", 85, 22}, {"Chen", 90, 19}, {"Zoe", 70, 21}, {"Bob", 85, 20}};
    int n = sizeof s / sizeof s[0];
    qsort(s, n, sizeof s[0], by_name);
    printf("by name:\n");
    print(s, n);
    qsort(s, n, sizeof s[0], by_grade_then_age);
    printf("by grade, then age:\n");
    print(s, n);
    return 0;
}
