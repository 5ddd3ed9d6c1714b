/* strcat, strncat, strcmp, strncmp; comparisons treat characters as unsigned. */
#include <stdio.h>
#include <string.h>

static int sign(int x) {
    return (x > 0) - (x < 0);
}

int main(void) {
    char buf[32] = "abc";
    strcat(buf, "def");
    printf("strcat: %s\n", buf);
    strncat(buf, "ghijkl", 3);
    printf("strncat 3: %s\n", buf);
    strncat(buf, "xy", 10);
    printf("strncat 10: %s\n", buf);
    const char *pairs[][2] = {{"abc", "abc"}, {"abc", "abd"}, {"abd", "abc"}, {"ab", "abc"}, {"", "a"},
                              {"\xff", "a"}, {"Z", "a"}};
    for (int i = 0; i < 7; i++) {
        printf("strcmp(#%d) = %d\n", i, sign(strcmp(pairs[i][0], pairs[i][1])));
    }
    printf("strncmp(\"abcX\", \"abcY\", 3) = %d\n", sign(strncmp("abcX", "abcY", 3)));
    printf("strncmp(\"abcX\", \"abcY\", 4) = %d\n", sign(strncmp("abcX", "abcY", 4)));
    printf("strncmp(\"ab\", \"ab\", 10) = %d\n", sign(strncmp("ab", "ab", 10)));
    printf("strncmp(x, y, 0) = %d\n", strncmp("x", "y", 0));
    return 0;
}
