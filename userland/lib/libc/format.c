/*
 * format.c: the engine of the printf family. It reads the format, takes each argument with
 * va_arg at the type the conversion and its length modifier name, and sends the characters to
 * a FormatSink (the console, or a string).
 *
 * A conversion is  % [flags] [width] [.precision] [length] conversion
 *   flags:     -  left-justify      +  always a sign      space  a space for the + sign
 *              0  pad with zeros    #  alternate form (0 before octal, 0x before hex)
 *   width, precision: digits, or * to take an int argument (a negative width means -, a
 *              negative precision means none)
 *   length:    hh h l ll z t j (L is taken as ll)
 *   conversion: d i u o x X c s p n %
 * Floating point does not exist here: f F e E g G a A, and any unknown conversion, are printed
 * as written and take no argument.
 */
#include <stddef.h>
#include <stdint.h>
#include "libc.h"

/* What the flags, width and precision of one conversion ask for. */
typedef struct {
    int left;       /* - */
    int plus;       /* + */
    int space;      /* ' ' */
    int zero;       /* 0 */
    int alternate;  /* # */
    int width;      /* 0 when not given */
    int precision;  /* -1 when not given */
} Spec;

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_T, LEN_J };

static void put(FormatSink *sink, int c) {
    sink->put(sink, c);
    sink->length++;
}

static void put_repeated(FormatSink *sink, int c, int count) {
    for (; count > 0; count--) {
        put(sink, c);
    }
}

/* Writes v in base into digits[], least significant first; returns how many (none for 0). */
static int to_digits(unsigned long long v, unsigned base, const char *alphabet, char *digits) {
    int n = 0;
    while (v > 0xffffffffu) {   /* the 64-bit division is slow: only while it is needed */
        digits[n++] = alphabet[v % base];
        v /= base;
    }
    unsigned int w = (unsigned int)v;
    while (w != 0) {
        digits[n++] = alphabet[w % base];
        w /= base;
    }
    return n;
}

/*
 * Prints a whole number: its sign or prefix, then zeros up to the precision, then the digits,
 * padded to the width. prefix is "" or the sign, "0x", "0X".
 */
static void put_number(FormatSink *sink, const Spec *spec, unsigned long long magnitude, unsigned base,
                       int upper, const char *prefix) {
    char digits[24];
    int n = to_digits(magnitude, base, upper ? "0123456789ABCDEF" : "0123456789abcdef", digits);
    int zeros = 0;
    if (spec->precision >= 0) {
        zeros = spec->precision > n ? spec->precision - n : 0;
    } else if (n == 0) {
        zeros = 1; /* 0 prints as "0" unless the precision is 0 */
    }
    if (spec->alternate && base == 8 && zeros == 0) {
        zeros = 1; /* %#o always starts with 0 */
    }
    int prefix_length = 0;
    while (prefix[prefix_length] != '\0') {
        prefix_length++;
    }
    int padding = spec->width - (prefix_length + zeros + n);
    int zero_pad = spec->zero && !spec->left && spec->precision < 0;
    if (!spec->left && !zero_pad) {
        put_repeated(sink, ' ', padding);
    }
    for (int i = 0; i < prefix_length; i++) {
        put(sink, prefix[i]);
    }
    if (zero_pad) {
        put_repeated(sink, '0', padding);
    }
    put_repeated(sink, '0', zeros);
    while (n > 0) {
        put(sink, digits[--n]);
    }
    if (spec->left) {
        put_repeated(sink, ' ', padding);
    }
}

/* Prints count characters of text padded to the width (%s and %c). */
static void put_text(FormatSink *sink, const Spec *spec, const char *text, int count) {
    int padding = spec->width - count;
    if (!spec->left) {
        put_repeated(sink, ' ', padding);
    }
    for (int i = 0; i < count; i++) {
        put(sink, text[i]);
    }
    if (spec->left) {
        put_repeated(sink, ' ', padding);
    }
}

/* Reads the flags of a conversion; returns where they end. */
static const char *parse_flags(const char *f, Spec *spec) {
    for (;; f++) {
        switch (*f) {
            case '-': spec->left = 1; break;
            case '+': spec->plus = 1; break;
            case ' ': spec->space = 1; break;
            case '0': spec->zero = 1; break;
            case '#': spec->alternate = 1; break;
            default: return f;
        }
    }
}

/* Reads decimal digits into *value; returns where they end. */
static const char *parse_number(const char *f, int *value) {
    int v = 0;
    while (*f >= '0' && *f <= '9') {
        v = v * 10 + (*f - '0');
        f++;
    }
    *value = v;
    return f;
}

/* Reads a length modifier; returns where it ends. */
static const char *parse_length(const char *f, enum length *length) {
    *length = LEN_NONE;
    switch (*f) {
        case 'h':
            if (f[1] == 'h') {
                *length = LEN_HH;
                return f + 2;
            }
            *length = LEN_H;
            return f + 1;
        case 'l':
            if (f[1] == 'l') {
                *length = LEN_LL;
                return f + 2;
            }
            *length = LEN_L;
            return f + 1;
        case 'L': *length = LEN_LL; return f + 1;
        case 'z': *length = LEN_Z; return f + 1;
        case 't': *length = LEN_T; return f + 1;
        case 'j': *length = LEN_J; return f + 1;
        default: return f;
    }
}

/* Stores the count so far where a %n argument points, at the size its length modifier names. */
static void store_count(void *where, enum length length, int count) {
    switch (length) {
        case LEN_HH: *(signed char *)where = (signed char)count; break;
        case LEN_H: *(short *)where = (short)count; break;
        case LEN_LL: case LEN_J: *(long long *)where = count; break;
        case LEN_L: *(long *)where = count; break;
        default: *(int *)where = count; break; /* int, size_t and ptrdiff_t are all 32 bits */
    }
}

int __minnow_format(FormatSink *sink, const char *format, va_list args) {
    const char *f = format;
    while (*f != '\0') {
        if (*f != '%') {
            put(sink, *f++);
            continue;
        }
        const char *start = f++;
        Spec spec = {0, 0, 0, 0, 0, 0, -1};
        f = parse_flags(f, &spec);
        if (*f == '*') {
            spec.width = va_arg(args, int);
            if (spec.width < 0) {
                spec.left = 1;
                spec.width = -spec.width;
            }
            f++;
        } else {
            f = parse_number(f, &spec.width);
        }
        if (*f == '.') {
            f++;
            if (*f == '*') {
                spec.precision = va_arg(args, int);
                if (spec.precision < 0) {
                    spec.precision = -1;
                }
                f++;
            } else {
                f = parse_number(f, &spec.precision);
            }
        }
        enum length length;
        f = parse_length(f, &length);
        char conversion = *f;
        if (conversion != '\0') {
            f++;
        }

        switch (conversion) {
            case 'd':
            case 'i': {
                long long v;
                switch (length) {
                    case LEN_HH: v = (signed char)va_arg(args, int); break;
                    case LEN_H: v = (short)va_arg(args, int); break;
                    case LEN_L: v = va_arg(args, long); break;
                    case LEN_LL: case LEN_J: v = va_arg(args, long long); break;
                    case LEN_Z: v = (int)va_arg(args, size_t); break;
                    case LEN_T: v = va_arg(args, ptrdiff_t); break;
                    default: v = va_arg(args, int); break;
                }
                /* the magnitude of the most negative number is computed in unsigned arithmetic */
                unsigned long long magnitude = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
                const char *sign = v < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : "";
                put_number(sink, &spec, magnitude, 10, 0, sign);
                break;
            }
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                unsigned long long v;
                switch (length) {
                    case LEN_HH: v = (unsigned char)va_arg(args, unsigned int); break;
                    case LEN_H: v = (unsigned short)va_arg(args, unsigned int); break;
                    case LEN_L: v = va_arg(args, unsigned long); break;
                    case LEN_LL: case LEN_J: v = va_arg(args, unsigned long long); break;
                    case LEN_Z: v = va_arg(args, size_t); break;
                    case LEN_T: v = (unsigned int)va_arg(args, ptrdiff_t); break;
                    default: v = va_arg(args, unsigned int); break;
                }
                unsigned base = conversion == 'u' ? 10 : conversion == 'o' ? 8 : 16;
                const char *prefix = "";
                if (spec.alternate && v != 0 && conversion == 'x') {
                    prefix = "0x";
                } else if (spec.alternate && v != 0 && conversion == 'X') {
                    prefix = "0X";
                }
                put_number(sink, &spec, v, base, conversion == 'X', prefix);
                break;
            }
            case 'p': {
                uintptr_t v = (uintptr_t)va_arg(args, void *);
                put_number(sink, &spec, v, 16, 0, "0x");
                break;
            }
            case 'c': {
                char c = (char)va_arg(args, int);
                put_text(sink, &spec, &c, 1);
                break;
            }
            case 's': {
                const char *s = va_arg(args, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                int n = 0;
                while (s[n] != '\0' && (spec.precision < 0 || n < spec.precision)) {
                    n++;
                }
                put_text(sink, &spec, s, n);
                break;
            }
            case 'n':
                store_count(va_arg(args, void *), length, (int)sink->length);
                break;
            case '%':
                put(sink, '%');
                break;
            default:
                /* floating point, or a conversion printf does not know: shown as written */
                while (start < f) {
                    put(sink, *start++);
                }
                break;
        }
    }
    return (int)sink->length;
}
