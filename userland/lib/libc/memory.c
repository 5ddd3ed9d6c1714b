/*
 * memory.c: memcpy, memmove, memset, memcmp and memchr. When both pointers can be brought to a
 * word boundary together, the bulk of the work is done a word (or four words) at a time; the
 * ragged ends go byte by byte.
 */
#include <string.h>
#include "libc.h"

#define WORD sizeof(libc_word)
#define ALIGNED(p) (((uintptr_t)(p) & (WORD - 1)) == 0)
#define SAME_ALIGNMENT(a, b) ((((uintptr_t)(a) ^ (uintptr_t)(b)) & (WORD - 1)) == 0)

/* Copies n bytes forwards from src to dest; safe for overlap only when dest is below src. */
static void copy_forward(unsigned char *d, const unsigned char *s, size_t n) {
    if (n >= 2 * WORD && SAME_ALIGNMENT(d, s)) {
        while (!ALIGNED(d)) {
            *d++ = *s++;
            n--;
        }
        libc_word *dw = (libc_word *)d;
        const libc_word *sw = (const libc_word *)s;
        while (n >= 4 * WORD) {
            libc_word a = sw[0], b = sw[1], c = sw[2], e = sw[3];
            dw[0] = a;
            dw[1] = b;
            dw[2] = c;
            dw[3] = e;
            dw += 4;
            sw += 4;
            n -= 4 * WORD;
        }
        while (n >= WORD) {
            *dw++ = *sw++;
            n -= WORD;
        }
        d = (unsigned char *)dw;
        s = (const unsigned char *)sw;
    }
    while (n > 0) {
        *d++ = *s++;
        n--;
    }
}

/* Copies n bytes backwards (last byte first): safe for overlap when dest is above src. */
static void copy_backward(unsigned char *d, const unsigned char *s, size_t n) {
    d += n;
    s += n;
    if (n >= 2 * WORD && SAME_ALIGNMENT(d, s)) {
        while (!ALIGNED(d)) {
            *--d = *--s;
            n--;
        }
        libc_word *dw = (libc_word *)d;
        const libc_word *sw = (const libc_word *)s;
        while (n >= WORD) {
            *--dw = *--sw;
            n -= WORD;
        }
        d = (unsigned char *)dw;
        s = (const unsigned char *)sw;
    }
    while (n > 0) {
        *--d = *--s;
        n--;
    }
}

void *memcpy(void *dest, const void *src, size_t n) {
    copy_forward(dest, src, n);
    return dest;
}

void *memmove(void *dest, const void *src, size_t n) {
    unsigned char *d = dest;
    const unsigned char *s = src;
    if (d < s || d >= s + n) {
        copy_forward(d, s, n);
    } else if (d != s) {
        copy_backward(d, s, n);
    }
    return dest;
}

void *memset(void *dest, int c, size_t n) {
    unsigned char *d = dest;
    unsigned char byte = (unsigned char)c;
    if (n >= 2 * WORD) {
        while (!ALIGNED(d)) {
            *d++ = byte;
            n--;
        }
        libc_word fill = byte * 0x01010101u;
        libc_word *dw = (libc_word *)d;
        while (n >= 4 * WORD) {
            dw[0] = fill;
            dw[1] = fill;
            dw[2] = fill;
            dw[3] = fill;
            dw += 4;
            n -= 4 * WORD;
        }
        while (n >= WORD) {
            *dw++ = fill;
            n -= WORD;
        }
        d = (unsigned char *)dw;
    }
    while (n > 0) {
        *d++ = byte;
        n--;
    }
    return dest;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a;
    const unsigned char *q = b;
    if (n >= 2 * WORD && SAME_ALIGNMENT(p, q)) {
        while (!ALIGNED(p)) {
            if (*p != *q) {
                return *p - *q;
            }
            p++;
            q++;
            n--;
        }
        /* skip the equal words; the first difference is then found byte by byte */
        while (n >= WORD && *(const libc_word *)p == *(const libc_word *)q) {
            p += WORD;
            q += WORD;
            n -= WORD;
        }
    }
    for (; n > 0; n--, p++, q++) {
        if (*p != *q) {
            return *p - *q;
        }
    }
    return 0;
}

void *memchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    unsigned char byte = (unsigned char)c;
    for (; n > 0; n--, p++) {
        if (*p == byte) {
            return (void *)p;
        }
    }
    return NULL;
}
