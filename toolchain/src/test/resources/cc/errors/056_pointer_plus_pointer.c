// expect: 6:16 error: invalid operands
// adding two pointers
int main(void) {
    int a[4];
    int *p = &a[0], *q = &a[2];
    int *r = p + q;
    return *r;
}
