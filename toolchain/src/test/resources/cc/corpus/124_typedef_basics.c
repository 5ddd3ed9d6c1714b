/* typedef gives a type a new name: for numbers, structs, pointers, arrays and functions. */
#include <stdio.h>

typedef int Length;
typedef unsigned char Byte;
typedef struct { int x, y; } Point;
typedef Point *PointPtr;
typedef int Triple[3];
typedef int (*Op)(int, int);

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

int main(void) {
    Length len = 42;
    Byte b = 250;
    Point p = {1, 2};
    PointPtr pp = &p;
    Triple t = {7, 8, 9};
    Op ops[2] = {add, mul};
    b += 10;
    printf("len %d, byte %d\n", len, b);
    pp->y = 20;
    printf("point (%d, %d)\n", p.x, p.y);
    printf("triple %d %d %d, sizeof(Triple) = %u\n", t[0], t[1], t[2], (unsigned)sizeof(Triple));
    printf("ops: %d %d\n", ops[0](6, 7), ops[1](6, 7));
    typedef Length Distance;
    Distance d = len * 2;
    printf("d = %d\n", d);
    return 0;
}
