/* Addresses of members and elements: &s.m, &p->arr[i], and pointer arithmetic inside a struct. */
#include <stdio.h>

struct record {
    int header;
    short values[6];
    char name[8];
};

int main(void) {
    struct record r = {1, {10, 20, 30, 40, 50, 60}, "rec"};
    struct record *p = &r;
    short *v = &p->values[2];
    *v += 5;
    v[1] += 5;
    printf("values[2] %d, values[3] %d\n", r.values[2], r.values[3]);
    printf("&r.values[5] - &r.values[0] = %d\n", (int)(&r.values[5] - &r.values[0]));
    printf("offset of name: %d\n", (int)((char *)&p->name - (char *)p));
    int *h = &r.header;
    *h = 99;
    char *n = p->name + 1;
    *n = 'E';
    printf("header %d name %s\n", r.header, r.name);
    printf("(void *)&r == (void *)&r.header: %d\n", (void *)&r == (void *)&r.header);
    return 0;
}
