// expect: 8:12 error: too few arguments
// calling a function with fewer arguments than it takes
static int add(int a, int b) {
    return a + b;
}

int main(void) {
    return add(1);
}
