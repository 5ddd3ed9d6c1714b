// expect: 6:7 warning: incompatible pointer
// assigning a pointer of one type to a pointer of another (a warning in GCC and minnow cc)
int main(void) {
    int x = 1;
    char *p;
    p = &x;
    return *p;
}
