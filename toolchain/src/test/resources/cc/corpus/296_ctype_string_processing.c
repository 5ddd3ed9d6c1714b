/* ctype functions at work: a word counter, title case, and trimming. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int count_words(const char *s) {
    int words = 0, in_word = 0;
    for (; *s; s++) {
        if (isalnum((unsigned char)*s)) {
            if (!in_word) {
                words++;
            }
            in_word = 1;
        } else {
            in_word = 0;
        }
    }
    return words;
}

static void title_case(char *s) {
    int start = 1;
    for (; *s; s++) {
        *s = (char)(start ? toupper((unsigned char)*s) : tolower((unsigned char)*s));
        start = isspace((unsigned char)*s) || ispunct((unsigned char)*s);
    }
}

static char *trim(char *s) {
    while (isspace((unsigned char)*s)) {
        s++;
    }
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1])) {
        end--;
    }
    *end = '\0';
    return s;
}

int main(void) {
    const char *text = "  Hello,   wORLD! it's 2024... ok?";
    printf("words: %d\n", count_words(text));
    char buf[64];
    strcpy(buf, text);
    title_case(buf);
    printf("title: [%s]\n", buf);
    char padded[] = " \t  padded text \n ";
    printf("trim: [%s]\n", trim(padded));
    return 0;
}
