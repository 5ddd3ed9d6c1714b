/* Structs larger than 8 bytes are passed by reference to a copy the caller makes. */
#include <stdio.h>

struct big {
    int v[6];
};

struct mixed {
    char c;
    long long ll;
};

static int total(struct big b, int scale, struct big c) {
    int sum = 0;
    for (int i = 0; i < 6; i++) {
        sum += b.v[i] * scale + c.v[i];
        b.v[i] = 0;   /* changes the copy only */
    }
    return sum;
}

static long long combine(int a, struct mixed m, int b, struct mixed n) {
    return a + m.c + m.ll + b + n.c + n.ll;
}

int main(void) {
    struct big b = {{1, 2, 3, 4, 5, 6}};
    struct big c = {{10, 10, 10, 10, 10, 10}};
    printf("total = %d\n", total(b, 2, c));
    printf("b.v[0] still %d\n", b.v[0]);
    struct mixed m = {1, 1LL << 40}, n = {2, -5};
    printf("combine = %lld\n", combine(10, m, 20, n));
    printf("sizeof(struct mixed) = %u\n", (unsigned)sizeof(struct mixed));
    return 0;
}
