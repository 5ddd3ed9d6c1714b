/* All permutations of a string in lexicographic order (next_permutation), and a count for 8 items. */
#include <stdio.h>
#include <string.h>

static int next_permutation(char *s, int n) {
    int i = n - 2;
    while (i >= 0 && s[i] >= s[i + 1]) i--;
    if (i < 0) return 0;
    int j = n - 1;
    while (s[j] <= s[i]) j--;
    char t = s[i]; s[i] = s[j]; s[j] = t;
    for (int a = i + 1, b = n - 1; a < b; a++, b--) {
        t = s[a]; s[a] = s[b]; s[b] = t;
    }
    return 1;
}

int main(void) {
    char s[] = "abc";
    do {
        printf("%s\n", s);
    } while (next_permutation(s, 3));
    char d[] = "aabb";
    int count = 0;
    do count++; while (next_permutation(d, 4));
    printf("distinct arrangements of aabb: %d\n", count);
    char e[] = "12345678";
    count = 0;
    do count++; while (next_permutation(e, 8));
    printf("permutations of 8: %d\n", count);
    return 0;
}
