/* long long in arrays and structs: 8-byte aligned, copied whole. */
#include <stddef.h>
#include <stdio.h>

struct stamp {
    int tag;
    long long when;
    char flag;
};

int main(void) {
    long long arr[4] = {1, -2, 1LL << 50, -(1LL << 50)};
    long long total = 0;
    for (int i = 0; i < 4; i++) {
        total += arr[i];
    }
    printf("total %lld\n", total);
    struct stamp s[2] = {{1, 5000000000LL, 'a'}, {2, -5000000000LL, 'b'}};
    struct stamp t = s[1];
    printf("t.when %lld, sizeof %u, when at %u\n", t.when, (unsigned)sizeof t, (unsigned)offsetof(struct stamp, when));
    s[0].when += s[1].when;
    printf("s[0].when %lld\n", s[0].when);
    return 0;
}
