// expect: 6:2 error: configuration not supported
// #error stops the compilation with its message
#define WORD_BITS 16

#if WORD_BITS != 32
#error "configuration not supported"
#endif

int main(void) {
    return 0;
}
