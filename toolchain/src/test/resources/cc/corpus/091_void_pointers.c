/* void * holds any object pointer; a generic swap copies bytes through it. */
#include <stdio.h>
#include <string.h>

static void swap(void *a, void *b, size_t size) {
    unsigned char tmp[64];
    memcpy(tmp, a, size);
    memcpy(a, b, size);
    memcpy(b, tmp, size);
}

struct point {
    int x, y;
};

int main(void) {
    int i = 1, j = 2;
    swap(&i, &j, sizeof i);
    printf("i = %d, j = %d\n", i, j);
    long long a = 1LL << 40, b = -1;
    swap(&a, &b, sizeof a);
    printf("a = %lld, b = %lld\n", a, b);
    struct point p = {1, 2}, q = {3, 4};
    swap(&p, &q, sizeof p);
    printf("p = (%d, %d), q = (%d, %d)\n", p.x, p.y, q.x, q.y);
    void *v = &i;
    printf("*(int *)v = %d\n", *(int *)v);
    char *bytes = v;
    printf("first byte of i = %d\n", bytes[0]);
    return 0;
}
