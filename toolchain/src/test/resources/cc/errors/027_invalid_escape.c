// expect: 7:14 error: unknown escape sequence
// gcc: warning 7:21 (GCC points after the string literal)
// an escape sequence that C does not have
int puts(const char *s);

int main(void) {
    puts("tab\qhere");
    return 0;
}
