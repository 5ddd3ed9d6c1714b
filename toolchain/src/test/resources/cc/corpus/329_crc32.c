/* CRC-32 (the polynomial of zip and Ethernet), with a lookup table built at run time. */
#include <stdio.h>
#include <string.h>

static unsigned table[256];

static void build_table(void) {
    for (unsigned i = 0; i < 256; i++) {
        unsigned c = i;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        table[i] = c;
    }
}

static unsigned crc32(const void *data, size_t n) {
    const unsigned char *p = data;
    unsigned c = 0xFFFFFFFFu;
    while (n--) {
        c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

int main(void) {
    build_table();
    const char *tests[] = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog"};
    for (int i = 0; i < 5; i++) {
        printf("crc32(\"%s\") = %08x\n", tests[i], crc32(tests[i], strlen(tests[i])));
    }
    static unsigned char block[65536];
    for (int i = 0; i < 65536; i++) block[i] = (unsigned char)(i * 31);
    printf("crc32(64 KiB block) = %08x\n", crc32(block, sizeof block));
    return 0;
}
