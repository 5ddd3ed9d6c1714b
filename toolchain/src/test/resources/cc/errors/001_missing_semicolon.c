// expect: 5:5 error: expected ';'
// a statement without its semicolon
int main(void) {
    int x = 1
    return x;
}
