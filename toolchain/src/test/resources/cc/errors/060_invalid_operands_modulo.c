// expect: 6:14 error: invalid operands
// % applied to a pointer
int main(void) {
    int x = 7;
    int *p = &x;
    return p % 2;
}
