/* Sorting an array of string pointers: the comparator gets pointers to the pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare_strings(const void *a, const void *b) {
    const char *const *x = a;
    const char *const *y = b;
    return strcmp(*x, *y);
}

static int compare_length(const void *a, const void *b) {
    size_t x = strlen(*(const char *const *)a), y = strlen(*(const char *const *)b);
    if (x != y) {
        return x < y ? -1 : 1;
    }
    return compare_strings(a, b);
}

int main(void) {
    const char *words[] = {"kiwi", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape"};
    int n = sizeof words / sizeof words[0];
    qsort(words, n, sizeof words[0], compare_strings);
    for (int i = 0; i < n; i++) {
        printf("%s ", words[i]);
    }
    printf("\n");
    qsort(words, n, sizeof words[0], compare_length);
    for (int i = 0; i < n; i++) {
        printf("%s ", words[i]);
    }
    printf("\n");
    return 0;
}
