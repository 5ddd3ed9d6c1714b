/* Returning structs larger than 8 bytes (the caller passes a hidden pointer to the result). */
#include <stdio.h>

struct vec4 { int v[4]; };
struct record { char name[20]; long long id; int score; };

static struct vec4 add(struct vec4 a, struct vec4 b) {
    struct vec4 r;
    for (int i = 0; i < 4; i++) {
        r.v[i] = a.v[i] + b.v[i];
    }
    return r;
}

static struct record make_record(const char *name, long long id, int score) {
    struct record r = {{0}, id, score};
    for (int i = 0; name[i] && i < 19; i++) {
        r.name[i] = name[i];
    }
    return r;
}

int main(void) {
    struct vec4 a = {{1, 2, 3, 4}}, b = {{10, 20, 30, 40}};
    struct vec4 c = add(add(a, b), b);
    printf("%d %d %d %d\n", c.v[0], c.v[1], c.v[2], c.v[3]);
    struct record r = make_record("Grace", 1906LL * 1000000000LL, 99);
    printf("%s %lld %d\n", r.name, r.id, r.score);
    printf("%s\n", make_record("inline", 1, 2).name);
    printf("sizeof(struct record) = %u\n", (unsigned)sizeof(struct record));
    return 0;
}
