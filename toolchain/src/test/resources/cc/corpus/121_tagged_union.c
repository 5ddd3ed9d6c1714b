/* A tagged union: an enum says which member of the union is in use. */
#include <stdio.h>

enum kind { INTEGER, TEXT, PAIR };

struct value {
    enum kind kind;
    union {
        int integer;
        const char *text;
        struct {
            short a, b;
        } pair;
    } as;
};

static void print_value(const struct value *v) {
    switch (v->kind) {
        case INTEGER: printf("integer %d\n", v->as.integer); break;
        case TEXT: printf("text \"%s\"\n", v->as.text); break;
        case PAIR: printf("pair (%d, %d)\n", v->as.pair.a, v->as.pair.b); break;
    }
}

int main(void) {
    struct value values[3];
    values[0].kind = INTEGER;
    values[0].as.integer = -17;
    values[1].kind = TEXT;
    values[1].as.text = "hello";
    values[2].kind = PAIR;
    values[2].as.pair.a = 3;
    values[2].as.pair.b = 4;
    for (int i = 0; i < 3; i++) {
        print_value(&values[i]);
    }
    printf("sizeof(struct value) = %u\n", (unsigned)sizeof(struct value));
    return 0;
}
