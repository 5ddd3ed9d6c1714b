/* Run-length encoding and decoding of strings, checked by a round trip. */
#include <stdio.h>
#include <string.h>

static void encode(const char *in, char *out) {
    while (*in) {
        char c = *in;
        int run = 0;
        while (*in == c) {
            in++;
            run++;
        }
        out += sprintf(out, "%d%c", run, c);
    }
    *out = '\0';
}

static void decode(const char *in, char *out) {
    while (*in) {
        int run = 0;
        while (*in >= '0' && *in <= '9') run = run * 10 + (*in++ - '0');
        char c = *in++;
        while (run-- > 0) *out++ = c;
    }
    *out = '\0';
}

int main(void) {
    const char *tests[] = {"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaaa"};
    for (int i = 0; i < 4; i++) {
        char enc[200], dec[200];
        encode(tests[i], enc);
        decode(enc, dec);
        printf("[%s] round trip %s\n", enc, strcmp(dec, tests[i]) == 0 ? "ok" : "FAILED");
    }
    return 0;
}
