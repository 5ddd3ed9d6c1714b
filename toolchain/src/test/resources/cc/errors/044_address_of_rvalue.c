// expect: 5:14 error: lvalue required
// taking the address of a value that is not an object
int main(void) {
    int x = 1;
    int *p = &(x + 1);
    return *p;
}
