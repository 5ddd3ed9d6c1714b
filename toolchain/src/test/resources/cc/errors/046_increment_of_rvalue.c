// expect: 5:12 error: lvalue required
// incrementing a value that is not an object
int main(void) {
    int x = 1;
    (x + 1)++;
    return x;
}
