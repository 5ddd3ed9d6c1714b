// expect: 4:13 warning: makes integer from pointer
// initialising an int with a pointer (a warning in GCC and minnow cc)
int main(void) {
    int n = "twelve";
    return n;
}
