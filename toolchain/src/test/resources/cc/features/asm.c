/* GCC's asm: basic asm inside and outside functions, and extended asm with operands. */
#include "check.h"

asm(".globl triple\ntriple:\n\tslli t0, a0, 1\n\tadd a0, a0, t0\n\tret");
int triple(int x);

static int global;

int main(void) {
    int a = 5, b = 7, sum;
    asm("add %0, %1, %2" : "=r"(sum) : "r"(a), "r"(b));
    ASSERT(12, sum);
    int x = 10;
    asm volatile("addi %[v], %[v], %[k]" : [v] "+r"(x) : [k] "i"(32));
    ASSERT(42, x);
    asm("li %0, 99" : "=r"(global));
    ASSERT(99, global);
    asm("sw %z1, %0" : "=m"(global) : "i"(0));
    ASSERT(0, global);
    int arr[2] = {1, 2};
    asm("lw %0, 4+%1" : "=r"(a) : "m"(arr[0]));
    ASSERT(2, a);
    int y = 3;
    asm("slli %0, %1, 2" : "=r"(y) : "0"(y));
    ASSERT(12, y);
    asm("mv t0, %1\n\taddi %0, t0, 1" : "=r"(b) : "r"(b) : "t0");
    ASSERT(8, b);
    asm("nop");
    asm volatile("" ::: "memory");
    ASSERT(42, triple(14));
    unsigned long long big = 5;
    ASSERT(5, big);
    DONE();
}
