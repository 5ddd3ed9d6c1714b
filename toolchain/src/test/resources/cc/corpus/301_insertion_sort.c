/* Insertion sort on strings, counting the shifts it makes. */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *words[] = {"delta", "alpha", "echo", "charlie", "bravo", "foxtrot", "alpha"};
    int n = sizeof words / sizeof words[0];
    int shifts = 0;
    for (int i = 1; i < n; i++) {
        const char *key = words[i];
        int j = i - 1;
        while (j >= 0 && strcmp(words[j], key) > 0) {
            words[j + 1] = words[j];
            j--;
            shifts++;
        }
        words[j + 1] = key;
    }
    for (int i = 0; i < n; i++) {
        printf("%s\n", words[i]);
    }
    printf("%d shifts\n", shifts);
    return 0;
}
