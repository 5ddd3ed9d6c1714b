/* memmove copies correctly when source and destination overlap, in either direction and at any
   alignment; it is checked here against a simple byte-by-byte model. */
#include <stdio.h>
#include <string.h>

static void model_move(unsigned char *buf, int dst, int src, int n) {
    unsigned char tmp[64];
    for (int i = 0; i < n; i++) {
        tmp[i] = buf[src + i];
    }
    for (int i = 0; i < n; i++) {
        buf[dst + i] = tmp[i];
    }
}

int main(void) {
    int cases = 0, failures = 0;
    for (int src = 0; src < 8; src++) {
        for (int dst = 0; dst < 8; dst++) {
            for (int n = 0; n <= 40; n += 5) {
                unsigned char a[64], b[64];
                for (int i = 0; i < 64; i++) {
                    a[i] = b[i] = (unsigned char)(i * 13 + 1);
                }
                memmove(a + dst, a + src, n);
                model_move(b, dst, src, n);
                cases++;
                if (memcmp(a, b, 64) != 0) {
                    failures++;
                }
            }
        }
    }
    printf("%d cases, %d failures\n", cases, failures);
    char text[] = "abcdefghij";
    memmove(text + 2, text, 5);
    printf("%s\n", text);
    memmove(text, text + 3, 6);
    printf("%s\n", text);
    return 0;
}
