/* Initializers: nested, designated, partial, strings, unsized arrays, globals and locals. */
#include "check.h"

struct point { int x, y; };
struct rect { struct point a, b; char name[8]; };

int g1[5] = {1, 2, 3};
int g2[] = {[3] = 4, [1] = 2, 9};
char gs[] = "hello";
char *gp = gs + 1;
struct rect gr = {{1, 2}, {3, 4}, "box"};
struct rect gr2 = {.b.y = 8, .name = "x", .a = {5}};
int gm[2][3] = {1, 2, 3, 4, 5, 6};
int gm2[2][3] = {{1}, {4, 5}};
struct point gpts[] = {1, 2, 3, 4, {5, 6}};
const char *gnames[] = {"a", "bc", 0};
int *gip = &g1[2];
long long gll = -1;
unsigned char gbytes[4] = {255, 1};
union { int i; char c; } gu = {.c = 7};
struct { int n; int data[]; } gflex = {2, {10, 20}};
short gsh[3] = {-1};
_Bool gb = 5;

int main(void) {
    ASSERT(3, g1[2]);
    ASSERT(0, g1[4]);
    ASSERT(4, sizeof g2 / sizeof g2[0]);   /* [1] = 2 is followed by [2] = 9 */
    ASSERT(2, g2[1]);
    ASSERT(4, g2[3]);
    ASSERT(9, g2[2]);
    ASSERT(0, g2[0]);
    ASSERT(6, sizeof gs);
    ASSERT('e', *gp);
    ASSERT(4, gr.b.y);
    ASSERT('o', gr.name[1]);
    ASSERT(8, gr2.b.y);
    ASSERT(5, gr2.a.x);
    ASSERT(0, gr2.a.y);
    ASSERT('x', gr2.name[0]);
    ASSERT(6, gm[1][2]);
    ASSERT(0, gm2[0][2]);
    ASSERT(5, gm2[1][1]);
    ASSERT(3, sizeof gpts / sizeof gpts[0]);
    ASSERT(6, gpts[2].y);
    ASSERT('c', gnames[1][1]);
    ASSERT(0, gnames[2] != 0);
    ASSERT(3, *gip);
    ASSERT(1, gll == -1);
    ASSERT(255, gbytes[0]);
    ASSERT(0, gbytes[3]);
    ASSERT(7, gu.c);
    ASSERT(20, gflex.data[1]);
    ASSERT(-1, gsh[0]);
    ASSERT(0, gsh[2]);
    ASSERT(1, gb);

    int l1[5] = {1, 2, 3};
    ASSERT(0, l1[3]);
    int l2[] = {[2] = 7, 8};
    ASSERT(4, sizeof l2 / sizeof l2[0]);
    ASSERT(8, l2[3]);
    char ls[10] = "hi";
    ASSERT('i', ls[1]);
    ASSERT(0, ls[9]);
    char ls2[] = "abc";
    ASSERT(4, sizeof ls2);
    char ls3[3] = "abc";       /* no room for the zero: allowed in C */
    ASSERT('c', ls3[2]);
    struct rect lr = {.a.y = 3, {7, 8}, "name"};
    ASSERT(3, lr.a.y);
    ASSERT(7, lr.b.x);
    ASSERT('m', lr.name[2]);
    struct point lp = {.y = 2};
    ASSERT(0, lp.x);
    struct point lp2 = lp;
    ASSERT(2, lp2.y);
    int lm[2][2] = {{1, 2}, {3}};
    ASSERT(3, lm[1][0]);
    ASSERT(0, lm[1][1]);
    int scalar = {5};
    ASSERT(5, scalar);
    struct point *cl = &(struct point){9, 10};
    ASSERT(10, cl->y);
    int *ca = (int[]){4, 5, 6};
    ASSERT(6, ca[2]);
    ASSERT(3, ((struct point){3, 4}).x);
    const int ci = 11;
    ASSERT(11, ci);
    int range[6] = {[1 ... 4] = 3};
    ASSERT(3, range[4]);
    ASSERT(0, range[5]);
    for (int i = 0; i < 3; i++) {
        static int count = 10;
        int fresh = 1;
        count += fresh;
        if (i == 2) ASSERT(13, count);
    }
    DONE();
}
