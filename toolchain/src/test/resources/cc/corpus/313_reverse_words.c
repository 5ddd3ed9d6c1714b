/* Reversing the order of words in a sentence in place: reverse all, then each word. */
#include <stdio.h>
#include <string.h>

static void reverse_range(char *a, char *b) {
    while (a < b) {
        char t = *a;
        *a++ = *b;
        *b-- = t;
    }
}

static void reverse_words(char *s) {
    size_t n = strlen(s);
    if (n == 0) return;
    reverse_range(s, s + n - 1);
    char *w = s;
    while (*w) {
        while (*w == ' ') w++;
        char *e = w;
        while (*e && *e != ' ') e++;
        if (e > w) reverse_range(w, e - 1);
        w = e;
    }
}

int main(void) {
    char a[] = "the quick brown fox";
    char b[] = "  leading and trailing  ";
    char c[] = "single";
    char d[] = "";
    reverse_words(a);
    reverse_words(b);
    reverse_words(c);
    reverse_words(d);
    printf("[%s]\n[%s]\n[%s]\n[%s]\n", a, b, c, d);
    return 0;
}
