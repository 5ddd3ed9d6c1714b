/* An array of function pointers as a dispatch table for a tiny calculator. */
#include <stdio.h>

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_div(int a, int b) { return b != 0 ? a / b : 0; }

static int (*const table[])(int, int) = {op_add, op_sub, op_mul, op_div};
static const char symbols[] = "+-*/";

int main(void) {
    int a = 84, b = 4;
    for (int i = 0; i < 4; i++) {
        printf("%d %c %d = %d\n", a, symbols[i], b, table[i](a, b));
    }
    int (*const (*pt)[4])(int, int) = &table;   /* a pointer to the whole table */
    printf("(*pt)[2](6, 7) = %d\n", (*pt)[2](6, 7));
    return 0;
}
