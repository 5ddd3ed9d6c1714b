/* Statements: if, loops, switch with fall-through, goto, break and continue, && and ||. */
#include "check.h"

static int calls;
static int yes(void) { calls++; return 1; }
static int no(void) { calls++; return 0; }

static int classify(int x) {
    switch (x) {
    case 0:
        return 100;
    case 1:
    case 2:
        x += 10;
        /* fall through */
    case 3:
        return x;
    case 10 ... 20:
        return -1;
    default:
        return 7;
    }
}

int main(void) {
    int n = 0;
    for (int i = 0; i < 10; i++) n += i;
    ASSERT(45, n);
    int i = 0;
    while (i < 5) i++;
    ASSERT(5, i);
    do i--; while (i > 2);
    ASSERT(2, i);
    n = 0;
    for (i = 0; i < 10; i++) {
        if (i == 3) continue;
        if (i == 7) break;
        n += i;
    }
    ASSERT(18, n);
    ASSERT(100, classify(0));
    ASSERT(11, classify(1));
    ASSERT(12, classify(2));
    ASSERT(3, classify(3));
    ASSERT(-1, classify(15));
    ASSERT(7, classify(99));
    n = 0;
    i = 0;
again:
    n += 2;
    if (++i < 4) goto again;
    ASSERT(8, n);
    calls = 0;
    ASSERT(0, no() && yes());
    ASSERT(1, calls);
    ASSERT(1, yes() || no());
    ASSERT(2, calls);
    ASSERT(1, no() || yes());
    ASSERT(4, calls);
    ASSERT(1, yes() && yes());
    ASSERT(6, calls);
    int x = 5;
    if (x > 3)
        if (x > 10) x = 1;
        else x = 2;
    ASSERT(2, x);
    n = 0;
    for (;;) {
        if (++n == 3) break;
    }
    ASSERT(3, n);
    n = 0;
    for (int a = 0, b = 10; a < b; a++, b--) n++;
    ASSERT(5, n);
    switch (3) { default: n = 1; }
    ASSERT(1, n);
    switch (2) { case 1: n = 5; }
    ASSERT(1, n);
    n = ({ int t = 4; t * t; });
    ASSERT(16, n);
    DONE();
}
