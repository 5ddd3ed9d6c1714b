// expect: 4:13 warning: implicit declaration
// calling a function with no declaration in scope (C89 allowed it; C99 does not)
int main(void) {
    int n = square(4);
    return n;
}

int square(int x) {
    return x * x;
}
