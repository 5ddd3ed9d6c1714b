// expect: 4:14 warning: makes pointer from integer
// initialising a pointer with an int (a warning in GCC and minnow cc)
int main(void) {
    int *p = 1234;
    return p != 0;
}
