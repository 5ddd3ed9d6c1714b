/* Counting word frequencies with an array of structs, then sorting by count with qsort. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word {
    char text[16];
    int count;
};

static struct word words[64];
static int nwords;

static void count(const char *w) {
    for (int i = 0; i < nwords; i++) {
        if (strcmp(words[i].text, w) == 0) {
            words[i].count++;
            return;
        }
    }
    strcpy(words[nwords].text, w);
    words[nwords++].count = 1;
}

static int by_count(const void *a, const void *b) {
    const struct word *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->text, y->text);
}

int main(void) {
    const char *text = "It was the best of times, it was the worst of times, it was the age of wisdom, "
                       "it was the age of foolishness";
    char w[16];
    int len = 0;
    for (const char *p = text;; p++) {
        if (isalpha((unsigned char)*p)) {
            if (len < 15) w[len++] = (char)tolower((unsigned char)*p);
        } else {
            if (len > 0) {
                w[len] = '\0';
                count(w);
                len = 0;
            }
            if (*p == '\0') break;
        }
    }
    qsort(words, nwords, sizeof words[0], by_count);
    for (int i = 0; i < nwords; i++) {
        printf("%-12s %d\n", words[i].text, words[i].count);
    }
    return 0;
}
