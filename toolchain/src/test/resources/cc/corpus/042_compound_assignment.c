/* Every compound assignment operator; on a char the result is converted back to char. */
#include <stdio.h>

int main(void) {
    int x = 100;
    x += 5;  printf("+= %d\n", x);
    x -= 15; printf("-= %d\n", x);
    x *= 3;  printf("*= %d\n", x);
    x /= 7;  printf("/= %d\n", x);
    x %= 20; printf("%%= %d\n", x);
    x <<= 4; printf("<<= %d\n", x);
    x >>= 2; printf(">>= %d\n", x);
    x &= 0x1c; printf("&= %d\n", x);
    x |= 0x101; printf("|= %d\n", x);
    x ^= 0xff; printf("^= %d\n", x);
    char c = 120;
    c += 10;
    printf("char 120 += 10 -> %d\n", c);
    unsigned char u = 250;
    u += 10;
    printf("unsigned char 250 += 10 -> %d\n", u);
    int arr[5] = {1, 2, 3, 4, 5};
    int *p = arr;
    p += 3;
    printf("p += 3 -> %d\n", *p);
    p -= 2;
    printf("p -= 2 -> %d\n", *p);
    int i = 0;
    arr[i++] += 10;   /* the left side is evaluated once */
    printf("arr[0] = %d, i = %d\n", arr[0], i);
    short s = 1000;
    s *= 100;
    printf("short 1000 *= 100 -> %d\n", s);
    return 0;
}
