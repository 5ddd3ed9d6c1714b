/* Integer work: a sieve of Eratosthenes, multiplication, division and remainder. */
#include "virt.h"

static unsigned char composite[2000];

int main(void) {
    int count = 0;
    for (int i = 2; i < 2000; i++) {
        if (composite[i]) {
            continue;
        }
        count++;
        if (count <= 20) {
            put_dec(i);
            putchar_(' ');
        }
        for (int j = i * i; j < 2000; j += i) {
            composite[j] = 1;
        }
    }
    puts_("\nprimes below 2000: ");
    put_dec(count);
    int a = -1234567, b = 89;
    puts_("\ndiv ");
    put_dec(a / b);
    puts_(" rem ");
    put_dec(a % b);
    puts_(" mulhu ");
    put_hex((u32)(((u64)0xdeadbeefu * 0x12345678u) >> 32));
    putchar_('\n');
    return 0;
}
