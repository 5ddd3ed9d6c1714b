/* Addition and subtraction carry and borrow across the 32-bit halves. */
#include <stdio.h>

int main(void) {
    unsigned long long a = 0xFFFFFFFFULL;
    printf("0xFFFFFFFF + 1 = 0x%llx\n", a + 1);
    unsigned long long b = 0x100000000ULL;
    printf("0x100000000 - 1 = 0x%llx\n", b - 1);
    long long c = 0;
    c -= 1;
    printf("0 - 1 = %lld\n", c);
    unsigned long long d = 0;
    d -= 1;
    printf("0ull - 1 = %llu\n", d);
    long long sum = 0;
    for (int i = 0; i < 100; i++) {
        sum += 0x7FFFFFFF;
    }
    printf("100 * 0x7FFFFFFF = %lld\n", sum);
    long long diff = 0x500000000LL - 0x1FFFFFFFFLL;
    printf("0x500000000 - 0x1FFFFFFFF = 0x%llx\n", (unsigned long long)diff);
    long long x = 0x80000000LL;
    printf("x + x = %lld, -x - x = %lld\n", x + x, -x - x);
    return 0;
}
