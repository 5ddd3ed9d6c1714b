/* A recursive-descent calculator with precedence, unary minus, parentheses and variables a..z. */
#include <ctype.h>
#include <stdio.h>

static const char *p;
static long vars[26];

static long expr(void);

static void skip(void) {
    while (*p == ' ') p++;
}

static long primary(void) {
    skip();
    if (*p == '(') {
        p++;
        long v = expr();
        skip();
        p++;   /* ')' */
        return v;
    }
    if (*p == '-') {
        p++;
        return -primary();
    }
    if (islower((unsigned char)*p)) {
        return vars[*p++ - 'a'];
    }
    long v = 0;
    while (isdigit((unsigned char)*p)) v = v * 10 + (*p++ - '0');
    return v;
}

static long power(void) {
    long base = primary();
    skip();
    if (*p == '^') {
        p++;
        long e = power();   /* right-associative */
        long r = 1;
        while (e-- > 0) r *= base;
        return r;
    }
    return base;
}

static long term(void) {
    long v = power();
    for (;;) {
        skip();
        if (*p == '*') { p++; v *= power(); }
        else if (*p == '/') { p++; v /= power(); }
        else if (*p == '%') { p++; v %= power(); }
        else return v;
    }
}

static long expr(void) {
    long v = term();
    for (;;) {
        skip();
        if (*p == '+') { p++; v += term(); }
        else if (*p == '-') { p++; v -= term(); }
        else return v;
    }
}

static void statement(const char *line) {
    p = line;
    skip();
    if (islower((unsigned char)p[0]) && p[1] == ' ' && p[2] == '=') {
        int var = p[0] - 'a';
        p += 3;
        vars[var] = expr();
        printf("%c = %ld\n", 'a' + var, vars[var]);
    } else {
        printf("%s => %ld\n", line, expr());
    }
}

int main(void) {
    statement("1 + 2 * 3");
    statement("(1 + 2) * 3");
    statement("2 ^ 3 ^ 2");
    statement("-4 - -6");
    statement("100 / 7 % 4");
    statement("x = 6 * 7");
    statement("y = x - 2");
    statement("x * y - (x + y) / 2");
    return 0;
}
