// expect: 8:12 error: too many arguments
// calling a function with more arguments than it takes
static int add(int a, int b) {
    return a + b;
}

int main(void) {
    return add(1, 2, 3);
}
