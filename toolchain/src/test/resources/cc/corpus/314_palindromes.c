/* Palindrome checks ignoring case and punctuation, and the longest palindromic substring. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int is_palindrome(const char *s) {
    const char *a = s, *b = s + strlen(s);
    while (a < b) {
        if (!isalnum((unsigned char)*a)) { a++; continue; }
        if (!isalnum((unsigned char)b[-1])) { b--; continue; }
        if (tolower((unsigned char)*a) != tolower((unsigned char)b[-1])) return 0;
        a++;
        b--;
    }
    return 1;
}

static void longest(const char *s) {
    int n = (int)strlen(s), best = 0, start = 0;
    for (int center = 0; center < 2 * n - 1; center++) {
        int lo = center / 2, hi = lo + center % 2;
        while (lo >= 0 && hi < n && s[lo] == s[hi]) {
            lo--;
            hi++;
        }
        if (hi - lo - 1 > best) {
            best = hi - lo - 1;
            start = lo + 1;
        }
    }
    printf("longest in %s: %.*s\n", s, best, s + start);
}

int main(void) {
    const char *tests[] = {"A man, a plan, a canal: Panama!", "racecar", "minnow", "", "No 'x' in Nixon", "ab"};
    for (int i = 0; i < 6; i++) {
        printf("\"%s\": %s\n", tests[i], is_palindrome(tests[i]) ? "yes" : "no");
    }
    longest("forgeeksskeegfor");
    longest("abacdfgdcaba");
    return 0;
}
