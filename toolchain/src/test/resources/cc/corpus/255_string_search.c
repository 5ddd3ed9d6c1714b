/* strchr, strrchr, strstr, strpbrk, memchr: searching returns a pointer or NULL. */
#include <stdio.h>
#include <string.h>

static void at(const char *label, const char *base, const char *found) {
    if (found) {
        printf("%s: index %d\n", label, (int)(found - base));
    } else {
        printf("%s: NULL\n", label);
    }
}

int main(void) {
    const char *s = "hello, world";
    at("strchr o", s, strchr(s, 'o'));
    at("strrchr o", s, strrchr(s, 'o'));
    at("strchr z", s, strchr(s, 'z'));
    at("strchr \\0", s, strchr(s, '\0'));
    at("strrchr h", s, strrchr(s, 'h'));
    at("strstr world", s, strstr(s, "world"));
    at("strstr empty", s, strstr(s, ""));
    at("strstr worlds", s, strstr(s, "worlds"));
    at("strstr lo, ", s, strstr(s, "lo, "));
    at("strstr in aab", "aaab", strstr("aaab", "aab"));
    at("strpbrk ,w", s, strpbrk(s, ",w"));
    at("strpbrk xyz", s, strpbrk(s, "xyz"));
    at("memchr w 12", s, memchr(s, 'w', 12));
    at("memchr w 5", s, memchr(s, 'w', 5));
    char bytes[] = {1, 0, (char)200, 3};
    at("memchr 200", bytes, memchr(bytes, 200, 4));
    return 0;
}
