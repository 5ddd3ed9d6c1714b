/* A tokenizer for a C-like language: a state machine with switch and ctype. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

enum kind { IDENT, NUMBER, STRING, OPERATOR, END };

static const char *kind_names[] = {"ident", "number", "string", "operator", "end"};

static const char *next_token(const char *p, enum kind *kind, char *text) {
    while (isspace((unsigned char)*p)) p++;
    const char *start = p;
    if (*p == '\0') {
        *kind = END;
    } else if (isalpha((unsigned char)*p) || *p == '_') {
        while (isalnum((unsigned char)*p) || *p == '_') p++;
        *kind = IDENT;
    } else if (isdigit((unsigned char)*p)) {
        while (isxdigit((unsigned char)*p) || *p == 'x') p++;
        *kind = NUMBER;
    } else if (*p == '"') {
        p++;
        while (*p && *p != '"') {
            if (*p == '\\' && p[1]) p++;
            p++;
        }
        if (*p) p++;
        *kind = STRING;
    } else {
        static const char *const two[] = {"==", "!=", "<=", ">=", "&&", "||", "++", "--", "->", "<<", ">>"};
        *kind = OPERATOR;
        p++;
        for (int i = 0; i < 11; i++) {
            if (strncmp(start, two[i], 2) == 0) {
                p = start + 2;
                break;
            }
        }
    }
    memcpy(text, start, p - start);
    text[p - start] = '\0';
    return p;
}

int main(void) {
    const char *source = "if (count >= 0x1F && p->next != NULL) { puts(\"say \\\"hi\\\"\"); i++; }";
    enum kind kind;
    char text[64];
    const char *p = source;
    int n = 0;
    do {
        p = next_token(p, &kind, text);
        printf("%2d %-8s %s\n", n++, kind_names[kind], text);
    } while (kind != END);
    return 0;
}
