/* The longest common subsequence of two strings by dynamic programming, with the sequence itself. */
#include <stdio.h>
#include <string.h>

static void lcs(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    static int t[32][32];
    for (int i = 0; i <= n; i++) {
        for (int j = 0; j <= m; j++) {
            if (i == 0 || j == 0) t[i][j] = 0;
            else if (a[i - 1] == b[j - 1]) t[i][j] = t[i - 1][j - 1] + 1;
            else t[i][j] = t[i - 1][j] > t[i][j - 1] ? t[i - 1][j] : t[i][j - 1];
        }
    }
    char out[32];
    int k = t[n][m];
    out[k] = '\0';
    for (int i = n, j = m; i > 0 && j > 0;) {
        if (a[i - 1] == b[j - 1]) {
            out[--k] = a[i - 1];
            i--;
            j--;
        } else if (t[i - 1][j] >= t[i][j - 1]) {
            i--;
        } else {
            j--;
        }
    }
    printf("lcs(%s, %s) = %s (%d)\n", a, b, out, t[n][m]);
}

int main(void) {
    lcs("ABCBDAB", "BDCABA");
    lcs("AGGTAB", "GXTXAYB");
    lcs("minnow", "window");
    lcs("abc", "xyz");
    return 0;
}
