/* A header next to 197_include_local_header.c: a macro, a type and a function for it. */
#define GREETING_PREFIX "Hello, "

struct greeting {
    const char *name;
    int times;
};

static int greeting_length(const struct greeting *g) {
    int n = 0;
    while (g->name[n]) {
        n++;
    }
    return (int)sizeof GREETING_PREFIX - 1 + n;
}
