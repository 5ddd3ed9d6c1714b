/* Word wrapping and full justification of a paragraph to a fixed width. */
#include <stdio.h>
#include <string.h>

#define WIDTH 30

int main(void) {
    char text[] = "C is a general-purpose programming language created in the 1970s by Dennis Ritchie, "
                  "and remains very widely used and influential.";
    const char *words[64];
    int n = 0;
    for (char *w = strtok(text, " "); w; w = strtok(NULL, " ")) words[n++] = w;
    int i = 0;
    while (i < n) {
        int j = i, len = 0;
        while (j < n && len + (int)strlen(words[j]) + (j - i) <= WIDTH) {
            len += (int)strlen(words[j]);
            j++;
        }
        int gaps = j - i - 1, spaces = WIDTH - len;
        printf("|");
        for (int k = i; k < j; k++) {
            printf("%s", words[k]);
            if (k < j - 1) {
                int pad = j == n ? 1 : spaces / gaps + (k - i < spaces % gaps);
                printf("%*s", pad, "");
            }
        }
        if (j == n || gaps == 0) {
            int used = len + (j == n ? gaps : 0);
            printf("%*s", WIDTH - used, "");
        }
        printf("|\n");
        i = j;
    }
    return 0;
}
