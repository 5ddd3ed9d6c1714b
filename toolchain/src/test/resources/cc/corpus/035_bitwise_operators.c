/* & | ^ ~ on signed and unsigned values. */
#include <stdio.h>

int main(void) {
    unsigned a = 0xF0F0u, b = 0x0FF0u;
    printf("a & b = 0x%04x\n", a & b);
    printf("a | b = 0x%04x\n", a | b);
    printf("a ^ b = 0x%04x\n", a ^ b);
    printf("~a = 0x%08x\n", ~a);
    printf("~0 = %d, ~0u = %u\n", ~0, ~0u);
    printf("-1 & 0xff = %d\n", -1 & 0xff);
    printf("5 ^ 5 = %d, 5 ^ 0 = %d\n", 5 ^ 5, 5 ^ 0);
    int x = 0x12345678;
    printf("low byte 0x%02x, high byte 0x%02x\n", x & 0xff, (x >> 24) & 0xff);
    unsigned char c = 0x0f;
    printf("~c = %d (c is promoted to int first)\n", ~c);
    printf("(unsigned char)~c = %d\n", (unsigned char)~c);
    return 0;
}
