/* memcpy, memset, memcmp, memchr on byte arrays of several sizes and alignments. */
#include <stdio.h>
#include <string.h>

static unsigned checksum(const unsigned char *p, int n) {
    unsigned sum = 0;
    for (int i = 0; i < n; i++) {
        sum = sum * 31 + p[i];
    }
    return sum;
}

int main(void) {
    unsigned char src[100], dst[100];
    for (int i = 0; i < 100; i++) {
        src[i] = (unsigned char)(i * 7 + 3);
    }
    unsigned total = 0;
    for (int offset = 0; offset < 4; offset++) {
        for (int len = 0; len < 40; len += 3) {
            memset(dst, 0xEE, sizeof dst);
            void *r = memcpy(dst + offset, src + 1, len);
            total = total * 3 + checksum(dst, 100) + (r == dst + offset);
        }
    }
    printf("memcpy checksum %u\n", total);
    memset(dst, 'z', 10);
    memset(dst + 10, 0, 1);
    printf("memset: %s\n", (char *)dst);
    printf("memset returns dest: %d\n", memset(dst, 0, 5) == dst);
    unsigned char a[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    unsigned char b[] = {1, 2, 3, 4, 5, 6, 7, 8, 10};
    printf("memcmp 8: %d, memcmp 9 < 0: %d, memcmp 0: %d\n", memcmp(a, b, 8), memcmp(a, b, 9) < 0, memcmp(a, b, 0));
    unsigned char hi[] = {0x80}, lo[] = {0x01};
    printf("memcmp is unsigned: %d\n", memcmp(hi, lo, 1) > 0);
    return 0;
}
