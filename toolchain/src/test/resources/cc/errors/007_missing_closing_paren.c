// expect: 5:14 error: expected ')'
// an if condition without its closing parenthesis
int main(void) {
    int x = 2;
    if (x > 1 {
        x = 0;
    }
    return x;
}
