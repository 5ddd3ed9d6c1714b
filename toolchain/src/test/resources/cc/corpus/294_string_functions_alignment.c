/* The word-at-a-time string functions give the same answers at every alignment and length as
   simple byte loops. */
#include <stdio.h>
#include <string.h>

static size_t slow_strlen(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

static int slow_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

static int sign(int v) {
    return (v > 0) - (v < 0);
}

int main(void) {
    char a[80], b[80], c[80];
    int checks = 0, wrong = 0;
    for (int off_a = 0; off_a < 4; off_a++) {
        for (int off_b = 0; off_b < 4; off_b++) {
            for (int len = 0; len < 24; len++) {
                memset(a, 'x', sizeof a);
                memset(b, 'y', sizeof b);
                for (int i = 0; i < len; i++) {
                    a[off_a + i] = (char)('a' + (i * 7) % 26);
                }
                a[off_a + len] = '\0';
                checks++;
                wrong += strlen(a + off_a) != slow_strlen(a + off_a);
                strcpy(b + off_b, a + off_a);
                checks++;
                wrong += strcmp(b + off_b, a + off_a) != 0 || b[off_b + len] != '\0' || b[off_b + len + 1] != 'y';
                if (len > 0) {
                    memcpy(c, b + off_b, len + 1);
                    c[len - 1] = (char)0xF0;   /* a high byte: compares above every letter */
                    checks++;
                    wrong += sign(strcmp(c, a + off_a)) != sign(slow_strcmp(c, a + off_a));
                    checks++;
                    wrong += sign(strcmp(a + off_a, c)) != -1;
                }
            }
        }
    }
    printf("%d checks, %d wrong\n", checks, wrong);
    return 0;
}
