// expect: 6:10 error: missing terminating
// a string literal without its closing quote
int puts(const char *s);

int main(void) {
    puts("hello);
    return 0;
}
