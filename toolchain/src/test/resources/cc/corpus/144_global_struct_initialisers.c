/* Global structs initialised with constants, with addresses of other globals, and nested. */
#include <stdio.h>

struct config {
    const char *name;
    int *counter;
    struct { int lo, hi; } range;
    const char *aliases[3];
};

static int hits = 5;
static char label[] = "main";

static struct config configs[] = {
    {"first", &hits, {1, 10}, {"one", "uno"}},
    {label, 0, {-5, 5}, {0}},
};

static struct config *current = &configs[1];
static int *second_hi = &configs[0].range.hi;

int main(void) {
    for (int i = 0; i < 2; i++) {
        struct config *c = &configs[i];
        printf("%s: counter %d, range %d..%d, first alias %s\n", c->name, c->counter ? *c->counter : -1,
               c->range.lo, c->range.hi, c->aliases[0] ? c->aliases[0] : "(none)");
    }
    printf("current = %s\n", current->name);
    printf("*second_hi = %d\n", *second_hi);
    *configs[0].counter += 1;
    printf("hits = %d\n", hits);
    return 0;
}
