/* Unsigned multiplication keeps the low 32 bits; the full product needs long long. */
#include <stdio.h>

int main(void) {
    unsigned a = 0x10001u, b = 0x10001u;
    printf("a * b = 0x%x\n", a * b);
    unsigned c = 4000000000u;
    printf("c * 3 = %u\n", c * 3);
    printf("(unsigned long long)c * 3 = %llu\n", (unsigned long long)c * 3);
    unsigned hash = 2166136261u;
    const char *s = "minnow";
    for (; *s; s++) {
        hash ^= (unsigned char)*s;
        hash *= 16777619u;
    }
    printf("FNV-1a(\"minnow\") = 0x%08x\n", hash);
    return 0;
}
