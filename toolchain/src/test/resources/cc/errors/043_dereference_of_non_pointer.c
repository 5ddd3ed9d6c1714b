// expect: 5:12 error: unary '*'
// applying * to an int
int main(void) {
    int x = 5;
    return *x;
}
