// expect: 5:13 error: floating point is not supported
// gcc: accepts (it has floating point)
// a floating-point constant
int main(void) {
    int x = 3.5;
    return x;
}
