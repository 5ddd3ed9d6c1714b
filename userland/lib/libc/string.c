/*
 * string.c: the str* functions of string.h (strerror is in strerror.c). strlen, strcpy and
 * strcmp go a word at a time once the pointers are word-aligned: a word holds a zero byte
 * exactly when HAS_ZERO is non-zero, so a whole word can be checked for the terminator at once.
 * (Reading the rest of the aligned word that holds the terminator never crosses a page.)
 */
#include <stdlib.h>
#include <string.h>
#include "libc.h"

#define WORD sizeof(libc_word)
#define ALIGNED(p) (((uintptr_t)(p) & (WORD - 1)) == 0)
#define SAME_ALIGNMENT(a, b) ((((uintptr_t)(a) ^ (uintptr_t)(b)) & (WORD - 1)) == 0)
#define HAS_ZERO(w) (((w) - 0x01010101u) & ~(w) & 0x80808080u)

size_t strlen(const char *s) {
    const char *p = s;
    while (!ALIGNED(p)) {
        if (*p == '\0') {
            return p - s;
        }
        p++;
    }
    const libc_word *w = (const libc_word *)p;
    while (!HAS_ZERO(*w)) {
        w++;
    }
    p = (const char *)w;
    while (*p != '\0') {
        p++;
    }
    return p - s;
}

size_t strnlen(const char *s, size_t max) {
    size_t n = 0;
    while (n < max && s[n] != '\0') {
        n++;
    }
    return n;
}

char *strcpy(char *dest, const char *src) {
    char *d = dest;
    if (SAME_ALIGNMENT(d, src)) {
        while (!ALIGNED(src)) {
            if ((*d++ = *src++) == '\0') {
                return dest;
            }
        }
        libc_word *dw = (libc_word *)d;
        const libc_word *sw = (const libc_word *)src;
        while (!HAS_ZERO(*sw)) {
            *dw++ = *sw++;
        }
        d = (char *)dw;
        src = (const char *)sw;
    }
    while ((*d++ = *src++) != '\0') {
    }
    return dest;
}

/* Copies at most n characters and fills the rest of the n with zeros; no terminator if src is longer. */
char *strncpy(char *dest, const char *src, size_t n) {
    size_t i = 0;
    for (; i < n && src[i] != '\0'; i++) {
        dest[i] = src[i];
    }
    for (; i < n; i++) {
        dest[i] = '\0';
    }
    return dest;
}

char *strcat(char *dest, const char *src) {
    strcpy(dest + strlen(dest), src);
    return dest;
}

/* Appends at most n characters of src, then always a terminator. */
char *strncat(char *dest, const char *src, size_t n) {
    char *d = dest + strlen(dest);
    while (n > 0 && *src != '\0') {
        *d++ = *src++;
        n--;
    }
    *d = '\0';
    return dest;
}

/* Compares as unsigned chars, as the standard says. */
int strcmp(const char *a, const char *b) {
    if (SAME_ALIGNMENT(a, b)) {
        while (!ALIGNED(a)) {
            if (*a != *b || *a == '\0') {
                return (unsigned char)*a - (unsigned char)*b;
            }
            a++;
            b++;
        }
        const libc_word *wa = (const libc_word *)a;
        const libc_word *wb = (const libc_word *)b;
        while (*wa == *wb && !HAS_ZERO(*wa)) {
            wa++;
            wb++;
        }
        a = (const char *)wa;
        b = (const char *)wb;
    }
    while (*a == *b && *a != '\0') {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n) {
    for (; n > 0; n--, a++, b++) {
        if (*a != *b || *a == '\0') {
            return (unsigned char)*a - (unsigned char)*b;
        }
    }
    return 0;
}

/* The first c in s; looking for '\0' finds the terminator. */
char *strchr(const char *s, int c) {
    char ch = (char)c;
    for (;; s++) {
        if (*s == ch) {
            return (char *)s;
        }
        if (*s == '\0') {
            return NULL;
        }
    }
}

char *strrchr(const char *s, int c) {
    char ch = (char)c;
    const char *last = NULL;
    for (;; s++) {
        if (*s == ch) {
            last = s;
        }
        if (*s == '\0') {
            return (char *)last;
        }
    }
}

char *strstr(const char *haystack, const char *needle) {
    size_t n = strlen(needle);
    if (n == 0) {
        return (char *)haystack;
    }
    for (; (haystack = strchr(haystack, needle[0])) != NULL; haystack++) {
        if (strncmp(haystack, needle, n) == 0) {
            return (char *)haystack;
        }
    }
    return NULL;
}

/* A set of bytes as 256 bits, for strspn and its relatives. */
typedef struct {
    unsigned int bits[8];
} ByteSet;

static void byteset_of(ByteSet *set, const char *chars) {
    memset(set, 0, sizeof *set);
    for (; *chars != '\0'; chars++) {
        unsigned char c = (unsigned char)*chars;
        set->bits[c >> 5] |= 1u << (c & 31);
    }
}

static int byteset_has(const ByteSet *set, char ch) {
    unsigned char c = (unsigned char)ch;
    return (set->bits[c >> 5] >> (c & 31)) & 1;
}

/* The length of the start of s made only of characters in accept. */
size_t strspn(const char *s, const char *accept) {
    ByteSet set;
    byteset_of(&set, accept);
    size_t n = 0;
    while (s[n] != '\0' && byteset_has(&set, s[n])) {
        n++;
    }
    return n;
}

/* The length of the start of s made only of characters not in reject. */
size_t strcspn(const char *s, const char *reject) {
    ByteSet set;
    byteset_of(&set, reject);
    size_t n = 0;
    while (s[n] != '\0' && !byteset_has(&set, s[n])) {
        n++;
    }
    return n;
}

char *strpbrk(const char *s, const char *accept) {
    s += strcspn(s, accept);
    return *s != '\0' ? (char *)s : NULL;
}

/*
 * Splits a string into tokens: the first call passes the string, later calls NULL to go on
 * where the last one stopped. Each delimiter after a token is overwritten with '\0'.
 */
char *strtok(char *s, const char *delimiters) {
    static char *next;
    if (s == NULL) {
        s = next;
        if (s == NULL) {
            return NULL;
        }
    }
    s += strspn(s, delimiters);
    if (*s == '\0') {
        next = NULL;
        return NULL;
    }
    char *end = s + strcspn(s, delimiters);
    if (*end == '\0') {
        next = NULL;
    } else {
        *end = '\0';
        next = end + 1;
    }
    return s;
}

char *strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy != NULL) {
        memcpy(copy, s, n);
    }
    return copy;
}

char *strndup(const char *s, size_t max) {
    size_t n = strnlen(s, max);
    char *copy = malloc(n + 1);
    if (copy != NULL) {
        memcpy(copy, s, n);
        copy[n] = '\0';
    }
    return copy;
}
