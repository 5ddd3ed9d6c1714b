/* Returning small structs by value (on ilp32 up to 8 bytes come back in registers). */
#include <stdio.h>

struct pair { int a, b; };
struct one_char { char c; };
struct three_chars { char x, y, z; };
struct short_pair { short lo, hi; };

static struct pair make_pair(int a, int b) {
    struct pair p = {a, b};
    return p;
}

static struct pair swap(struct pair p) {
    struct pair q = {p.b, p.a};
    return q;
}

static struct one_char upper(struct one_char c) {
    c.c = c.c - 'a' + 'A';
    return c;
}

static struct three_chars rotate(struct three_chars t) {
    struct three_chars r = {t.y, t.z, t.x};
    return r;
}

static struct short_pair split(int v) {
    struct short_pair s = {(short)(v & 0xffff), (short)(v >> 16)};
    return s;
}

int main(void) {
    struct pair p = swap(make_pair(1, 2));
    printf("(%d, %d)\n", p.a, p.b);
    struct one_char c = {'q'};
    printf("%c\n", upper(c).c);
    struct three_chars t = {'a', 'b', 'c'};
    t = rotate(rotate(t));
    printf("%c%c%c\n", t.x, t.y, t.z);
    struct short_pair s = split(0x12345678);
    printf("lo 0x%x hi 0x%x\n", s.lo, s.hi);
    printf("make_pair(7, 8).b = %d\n", make_pair(7, 8).b);
    return 0;
}
