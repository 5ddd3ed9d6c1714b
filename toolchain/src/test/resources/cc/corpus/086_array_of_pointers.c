/* An array of pointers to strings of different lengths, and sorting it by swapping pointers. */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *names[] = {"pear", "apple", "fig", "banana", "cherry"};
    int n = sizeof names / sizeof names[0];
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            if (strcmp(names[j], names[i]) < 0) {
                const char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
        }
    }
    for (int i = 0; i < n; i++) {
        printf("%d: %s (%u letters)\n", i, names[i], (unsigned)strlen(names[i]));
    }
    printf("sizeof names = %u\n", (unsigned)sizeof names);
    printf("names[1][0] = %c\n", names[1][0]);
    return 0;
}
