/* Structs and unions: layout as GCC does it, members, copies, bit-fields, flexible arrays. */
#include "check.h"

struct pad { char c; int i; char d; };
struct ll { char c; long long l; };
struct nested { struct pad p; short s[3]; };
union u { int i; char c[4]; short s; };
struct bits { unsigned a : 3; unsigned b : 5; int c : 4; unsigned : 0; unsigned d : 1; };
struct flex { int n; int data[]; };
struct anon { int x; union { int y; char z; }; struct { int w; }; };
struct __attribute__((packed)) packed { char c; int i; };
typedef struct node { int value; struct node *next; } node;

static struct pad make(int i) { struct pad p = {'a', i, 'b'}; return p; }

int main(void) {
    ASSERT(12, sizeof(struct pad));
    ASSERT(4, __builtin_offsetof(struct pad, i));
    ASSERT(8, __builtin_offsetof(struct pad, d));
    ASSERT(16, sizeof(struct ll));
    ASSERT(8, _Alignof(struct ll));
    ASSERT(20, sizeof(struct nested));
    ASSERT(12, __builtin_offsetof(struct nested, s));
    ASSERT(4, sizeof(union u));
    ASSERT(8, sizeof(struct bits));
    ASSERT(4, sizeof(struct flex));
    ASSERT(12, sizeof(struct anon));
    ASSERT(5, sizeof(struct packed));
    struct pad p = {1, 2, 3};
    ASSERT(1, p.c);
    ASSERT(2, p.i);
    ASSERT(3, p.d);
    struct pad q = p;
    q.i = 7;
    ASSERT(2, p.i);
    ASSERT(7, q.i);
    struct pad *pp = &q;
    ASSERT(7, pp->i);
    pp->i += 1;
    ASSERT(8, q.i);
    ASSERT(9, make(9).i);
    ASSERT('b', make(9).d);
    union u un;
    un.i = 0x04030201;
    ASSERT(1, un.c[0]);
    ASSERT(4, un.c[3]);
    ASSERT(0x0201, un.s);
    struct bits b = {0};
    b.a = 5;
    b.b = 31;
    b.c = -3;
    b.d = 1;
    ASSERT(5, b.a);
    ASSERT(31, b.b);
    ASSERT(-3, b.c);
    ASSERT(1, b.d);
    b.a++;
    ASSERT(6, b.a);
    b.a += 3;
    ASSERT(1, b.a);            /* 9 wraps to 1 in 3 bits */
    ASSERT(0xf9, ((unsigned char *)&b)[0] | 0); /* a = 1 in bits 0-2, b = 31 in bits 3-7 */
    struct anon an;
    an.x = 1;
    an.y = 2;
    an.w = 3;
    ASSERT(2, an.z);
    ASSERT(8, __builtin_offsetof(struct anon, w));
    struct packed pk;
    pk.i = 0x11223344;
    ASSERT(0x11223344, pk.i);
    node n2 = {2, 0};
    node n1 = {1, &n2};
    ASSERT(2, n1.next->value);
    int total = 0;
    for (node *n = &n1; n; n = n->next) total += n->value;
    ASSERT(3, total);
    struct nested ne = {{1, 2, 3}, {4, 5, 6}};
    ASSERT(5, ne.s[1]);
    ASSERT(3, ne.p.d);
    struct nested ne2;
    ne2 = ne;
    ASSERT(6, ne2.s[2]);
    static struct { int a; char b[3]; } anonymous = {5, "hi"};
    ASSERT('i', anonymous.b[1]);
    DONE();
}
