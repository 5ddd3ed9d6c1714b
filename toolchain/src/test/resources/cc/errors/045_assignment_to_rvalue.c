// expect: 5:11 error: lvalue required
// assigning to an expression that is not an object
int main(void) {
    int a = 1, b = 2;
    a + b = 3;
    return a;
}
