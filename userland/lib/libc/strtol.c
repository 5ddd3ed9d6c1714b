/*
 * strtol.c: reading numbers from text (strtol, strtoul, strtoll, strtoull, strtoimax,
 * strtoumax, atoi, atol, atoll). One parser does the work for all of them:
 *   leading white space, an optional sign, then digits in the base (2..36; letters are digits
 *   10..35 in either case). Base 0 means: 0x or 0X starts a hexadecimal number, 0 an octal one,
 *   anything else a decimal one; base 16 also allows the 0x. "0x" without a hex digit after it
 *   reads as just the 0.
 * *end (when end is not NULL) is set to the first character not used, or to s itself when there
 * were no digits. A value out of range gives the type's limit and sets errno to ERANGE; an
 * invalid base gives 0 and sets errno to EINVAL. The unsigned functions negate a number that
 * had a minus sign, as unsigned arithmetic does ("-1" is the largest value).
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

typedef struct {
    unsigned long long magnitude;
    int negative;
    int overflow;
} Parsed;

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

/* Reads a number whose magnitude may be at most positive_limit, or negative_limit after a '-'. */
static Parsed parse(const char *s, char **end, int base, unsigned long long positive_limit,
                    unsigned long long negative_limit) {
    Parsed result = {0, 0, 0};
    const char *p = s;
    if (base < 0 || base == 1 || base > 36) {
        errno = EINVAL;
        if (end != NULL) {
            *end = (char *)s;
        }
        return result;
    }
    while (isspace((unsigned char)*p)) {
        p++;
    }
    if (*p == '+' || *p == '-') {
        result.negative = *p == '-';
        p++;
    }
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && digit_value(p[2]) < 16) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = *p == '0' ? 8 : 10;
    }
    unsigned long long limit = result.negative ? negative_limit : positive_limit;
    unsigned long long cutoff = limit / (unsigned)base;
    int last_digit = (int)(limit % (unsigned)base);
    const char *digits = p;
    int d;
    for (; (d = digit_value(*p)) < base; p++) {
        if (result.overflow || result.magnitude > cutoff || (result.magnitude == cutoff && d > last_digit)) {
            result.overflow = 1;
        } else {
            result.magnitude = result.magnitude * (unsigned)base + (unsigned)d;
        }
    }
    if (p == digits) {
        result.negative = 0;
        p = s;
    }
    if (end != NULL) {
        *end = (char *)p;
    }
    return result;
}

long long strtoll(const char *s, char **end, int base) {
    Parsed p = parse(s, end, base, LLONG_MAX, (unsigned long long)LLONG_MAX + 1);
    if (p.overflow) {
        errno = ERANGE;
        return p.negative ? LLONG_MIN : LLONG_MAX;
    }
    if (p.negative && p.magnitude != 0) {
        return -(long long)(p.magnitude - 1) - 1; /* reaches LLONG_MIN without overflowing */
    }
    return (long long)p.magnitude;
}

unsigned long long strtoull(const char *s, char **end, int base) {
    Parsed p = parse(s, end, base, ULLONG_MAX, ULLONG_MAX);
    if (p.overflow) {
        errno = ERANGE;
        return ULLONG_MAX;
    }
    return p.negative ? 0 - p.magnitude : p.magnitude;
}

long strtol(const char *s, char **end, int base) {
    Parsed p = parse(s, end, base, LONG_MAX, (unsigned long long)LONG_MAX + 1);
    if (p.overflow) {
        errno = ERANGE;
        return p.negative ? LONG_MIN : LONG_MAX;
    }
    if (p.negative && p.magnitude != 0) {
        return -(long)(p.magnitude - 1) - 1;
    }
    return (long)p.magnitude;
}

unsigned long strtoul(const char *s, char **end, int base) {
    Parsed p = parse(s, end, base, ULONG_MAX, ULONG_MAX);
    if (p.overflow) {
        errno = ERANGE;
        return ULONG_MAX;
    }
    unsigned long v = (unsigned long)p.magnitude;
    return p.negative ? 0 - v : v;
}

intmax_t strtoimax(const char *s, char **end, int base) {
    return strtoll(s, end, base);
}

uintmax_t strtoumax(const char *s, char **end, int base) {
    return strtoull(s, end, base);
}

int atoi(const char *s) {
    return (int)strtol(s, NULL, 10);
}

long atol(const char *s) {
    return strtol(s, NULL, 10);
}

long long atoll(const char *s) {
    return strtoll(s, NULL, 10);
}
