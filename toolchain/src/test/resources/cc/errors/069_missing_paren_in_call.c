// expect: 8:20 error: expected ')'
// a call whose argument list is not closed before the semicolon
static int twice(int x) {
    return 2 * x;
}

int main(void) {
    int y = twice(4;
    return y;
}
