/* Declarations: typedef, enum, storage classes, K&R definitions, sizeof and _Alignof, typeof. */
#include "check.h"

typedef int myint;
typedef myint *intp;
typedef struct { int a; } wrapped;
typedef int array3[3];
typedef int (*binop)(int, int);
enum color { RED, GREEN = 5, BLUE };
enum { NEG = -1, ZERO };
enum big { HUGE = 0x80000000 };
static int counter;
extern int defined_later;
int defined_later = 42;
int tentative;
int tentative;

static int add(int a, int b) { return a + b; }

int old_style(a, b)
    int a;
    char b;
{
    return a * 10 + b;
}

static int next_id(void) {
    static int id = 100;
    return id++;
}

int implicit_int_function();

int main(void) {
    myint x = 3;
    intp p = &x;
    ASSERT(3, *p);
    wrapped w = {7};
    ASSERT(7, w.a);
    array3 arr = {1, 2, 3};
    ASSERT(12, sizeof arr);
    binop f = add;
    ASSERT(5, f(2, 3));
    ASSERT(0, RED);
    ASSERT(5, GREEN);
    ASSERT(6, BLUE);
    ASSERT(-1, NEG);
    ASSERT(0, ZERO);
    enum color c = BLUE;
    ASSERT(6, c);
    ASSERT(4, sizeof c);
    ASSERT(1, c > -1 ? 0 : 1);      /* GCC: an enum without negative values is unsigned int */
    ASSERT(1, HUGE > 0);
    ASSERT(42, defined_later);
    ASSERT(0, tentative);
    counter++;
    ASSERT(1, counter);
    ASSERT(35, old_style(3, 5));
    ASSERT(100, next_id());
    ASSERT(101, next_id());
    ASSERT(4, _Alignof(int));
    ASSERT(8, _Alignof(long long));
    ASSERT(1, _Alignof(char));
    ASSERT(2, _Alignof(short));
    _Alignas(16) char aligned[3];
    ASSERT(0, (int)aligned & 15);
    typeof(x) y = 9;
    ASSERT(9, y);
    __typeof__(arr) arr2;
    ASSERT(12, sizeof arr2);
    ASSERT(4, sizeof(int));
    ASSERT(4, sizeof(int *));
    ASSERT(4, sizeof(char (*)[10]));
    ASSERT(40, sizeof(int[10]));
    ASSERT(30, sizeof(int[2][3]) + sizeof(short[3]));
    ASSERT(4, sizeof(binop));
    register int r = 5;
    volatile int v = 6;
    const int k = 7;
    auto int au = 1;
    ASSERT(19, r + v + k + au);
    int shadow = 1;
    {
        int shadow = 2;
        ASSERT(2, shadow);
    }
    ASSERT(1, shadow);
    _Static_assert(sizeof(int) == 4, "int is 32 bits");
    _Bool b = 256;
    ASSERT(1, b);
    b = 0;
    ASSERT(0, b);
    unsigned long ul = 4294967295UL;
    ASSERT(1, ul + 1 == 0);
    signed char sc = -1;
    ASSERT(-1, sc);
    long int li = 5;
    short int si = 6;
    unsigned short us = 7;
    long unsigned int lui = 8;
    ASSERT(26, li + si + us + lui);
    char *s = __func__;
    ASSERT('m', s[0]);
    ASSERT(4, sizeof(__func__) - 1 + 0);
    DONE();
}
