/* Union sizes and alignments, and a union as a member of a struct. */
#include <stddef.h>
#include <stdio.h>

union u1 { char c; short s; };
union u2 { char c[3]; short s; };
union u3 { char c[9]; int i; };
union u4 { int i; long long ll; char c; };

struct with_union {
    char tag;
    union u4 u;
    char after;
};

int main(void) {
    printf("u1 %u, u2 %u, u3 %u, u4 %u\n", (unsigned)sizeof(union u1), (unsigned)sizeof(union u2),
           (unsigned)sizeof(union u3), (unsigned)sizeof(union u4));
    printf("with_union: size %u, u at %u, after at %u\n", (unsigned)sizeof(struct with_union),
           (unsigned)offsetof(struct with_union, u), (unsigned)offsetof(struct with_union, after));
    union u4 x;
    x.ll = -1;
    x.i = 0;
    printf("after x.ll = -1 and x.i = 0: x.ll = 0x%llx\n", (unsigned long long)x.ll);
    return 0;
}
