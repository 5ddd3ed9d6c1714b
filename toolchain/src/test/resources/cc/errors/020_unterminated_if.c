// expect: 5:2 error: unterminated #if
// an #if without its #endif
#define DEBUG 1

#if DEBUG
int main(void) {
    return 0;
}
