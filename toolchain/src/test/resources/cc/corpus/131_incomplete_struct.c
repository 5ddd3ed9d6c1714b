/* A pointer to a struct that is not yet defined (an incomplete type) can be passed around;
   the struct is completed later in the file. */
#include <stdio.h>

struct counter;

static struct counter *get_counter(void);
static void increment(struct counter *c);
static int read_counter(const struct counter *c);

int main(void) {
    struct counter *c = get_counter();
    increment(c);
    increment(c);
    increment(c);
    printf("counter = %d\n", read_counter(c));
    return 0;
}

struct counter {
    int count;
};

static struct counter the_counter;

static struct counter *get_counter(void) { return &the_counter; }
static void increment(struct counter *c) { c->count++; }
static int read_counter(const struct counter *c) { return c->count; }
