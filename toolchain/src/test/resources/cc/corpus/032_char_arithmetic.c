/* Characters are small integers: digits, letters and case conversion by arithmetic. */
#include <stdio.h>

int main(void) {
    const char *digits = "90210";
    int value = 0;
    for (const char *p = digits; *p; p++) {
        value = value * 10 + (*p - '0');
    }
    printf("value = %d\n", value);
    char word[] = "Hello";
    for (int i = 0; word[i]; i++) {
        if (word[i] >= 'a' && word[i] <= 'z') {
            word[i] = word[i] - 'a' + 'A';
        }
    }
    printf("%s\n", word);
    char c = 'A';
    c += 2;
    printf("'A' + 2 = %c\n", c);
    printf("'a' - 'A' = %d\n", 'a' - 'A');
    for (char x = 'a'; x <= 'e'; x++) {
        putchar(x);
    }
    putchar('\n');
    return 0;
}
