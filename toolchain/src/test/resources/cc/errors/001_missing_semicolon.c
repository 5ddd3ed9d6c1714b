// expect: 5:5 error: ';'
// a statement without its semicolon
int main(void) {
    int x = 1
    return x;
}
