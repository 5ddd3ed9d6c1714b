/* Integer arithmetic: the operators, the integer promotions and the usual arithmetic conversions. */
#include "check.h"

int g = 7;
unsigned ug = 7;

int main(void) {
    ASSERT(7, 3 + 4);
    ASSERT(-1, 3 - 4);
    ASSERT(12, 3 * 4);
    ASSERT(2, 7 / 3);
    ASSERT(-2, -7 / 3);
    ASSERT(1, 7 % 3);
    ASSERT(-1, -7 % 3);
    ASSERT(1, 7 % -3);
    ASSERT(10, 2 + 2 * 4);
    ASSERT(16, (2 + 2) * 4);
    ASSERT(8, 1 << 3);
    ASSERT(-4, -16 >> 2);
    ASSERT(0x3fffffff, 0xffffffffu >> 2);
    ASSERT(0x3ffffffc, (int)(0xfffffff0u >> 2));
    ASSERT(1, -1 < 0);
    ASSERT(0, -1 < 0u);          /* -1 becomes UINT_MAX */
    ASSERT(1, -1 > 0u);
    ASSERT(1, (unsigned char)255 == 255);
    ASSERT(-1, (char)255);
    ASSERT(255, (unsigned char)-1);
    ASSERT(-128, (signed char)128);
    ASSERT(65535, (unsigned short)-1);
    ASSERT(-32768, (short)32768);
    ASSERT(4, sizeof(char) + sizeof(short) + 1);
    ASSERT(4, sizeof('a'));
    ASSERT(4, sizeof(1 + (char)1));        /* promoted to int */
    ASSERT(4, sizeof(long));
    ASSERT(8, sizeof(long long));
    ASSERT(1, sizeof(_Bool));
    {
        unsigned char a = 200, b = 100;
        ASSERT(300, a + b);                /* no wrap: promoted to int */
        ASSERT(44, (unsigned char)(a + b));
        char c = 'A';
        ASSERT(66, c + 1);
        unsigned u = 1;
        int i = -2;
        ASSERT(1, u + i > 0);              /* i becomes unsigned */
        long l = -2;
        ASSERT(1, l + u > 0);              /* long and unsigned: both 32 bits, unsigned long */
        long long ll = -2;
        ASSERT(1, ll + u < 0);             /* long long holds every unsigned */
    }
    ASSERT(0x7fffffff + 0, 2147483647);
    ASSERT(-2147483647 - 1, (int)0x80000000);
    ASSERT(1, !0);
    ASSERT(0, !5);
    ASSERT(-6, ~5);
    ASSERT(3, 7 & 11);
    ASSERT(15, 7 | 11);
    ASSERT(12, 7 ^ 11);
    ASSERT(1, 2 == 2);
    ASSERT(0, 2 != 2);
    ASSERT(1, 2 <= 2);
    ASSERT(0, 3 <= 2);
    ASSERT(1, 3 >= 2);
    ASSERT(0, 2 > 3);
    {
        int x = 5;
        x += 3;
        ASSERT(8, x);
        x -= 10;
        ASSERT(-2, x);
        x *= -4;
        ASSERT(8, x);
        x /= 3;
        ASSERT(2, x);
        x %= 2;
        ASSERT(0, x);
        x |= 6;
        x &= 3;
        x ^= 7;
        ASSERT(5, x);
        x <<= 2;
        x >>= 1;
        ASSERT(10, x);
        ASSERT(10, x++);
        ASSERT(11, x);
        ASSERT(12, ++x);
        ASSERT(12, x--);
        ASSERT(10, --x);
        char c = 127;
        c++;
        ASSERT(-128, c);
        unsigned char uc = 0;
        uc--;
        ASSERT(255, uc);
    }
    ASSERT(14, g * 2);
    g += 1;
    ASSERT(8, g);
    ASSERT(3, ug / 2);
    ASSERT(0xffffffff, ug - 8);
    ASSERT(5, (1, 2, 5));
    {
        int a = 3, b = 0;
        ASSERT(3, a ? a : b);
        ASSERT(0, b ? a : b);
        ASSERT(3, a ?: 9);
        ASSERT(9, b ?: 9);
    }
    DONE();
}
