/* Case labels are integer constant expressions: characters, negative numbers, enums, arithmetic. */
#include <stdio.h>

enum color { RED = 1, GREEN = 2, BLUE = 4 };

static const char *kind(int c) {
    switch (c) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
            return "vowel";
        case -1:
            return "end of file";
        case RED | BLUE:
            return "magenta";
        case 2 * GREEN + 1 + 'A' - 'A' + 10:
            return "fifteen";
        case (char)0x100 + 3:
            return "three";
        default:
            return "other";
    }
}

int main(void) {
    int inputs[] = {'a', 'x', 'u', -1, 5, 15, 3, 0};
    for (int i = 0; i < 8; i++) {
        printf("%d: %s\n", inputs[i], kind(inputs[i]));
    }
    long long big = 0x100000001LL;
    switch (big) {
        case 1: printf("switch on long long: low word only? no\n"); break;
        case 0x100000001LL: printf("switch on long long: matched the full value\n"); break;
    }
    unsigned char uc = 200;
    switch (uc) {
        case 200: printf("unsigned char 200 matched\n"); break;
        case -56: printf("wrong\n"); break;
    }
    return 0;
}
