// expect: 4:14 error: missing terminating
// a character constant without its closing quote
int main(void) {
    char c = 'x;
    return c;
}
