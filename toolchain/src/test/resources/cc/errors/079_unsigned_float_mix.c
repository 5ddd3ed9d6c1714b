// expect: 6:36 error: floating point is not supported
// gcc: accepts (it has floating point)
// a floating-point cast in an expression
int main(void) {
    unsigned n = 7;
    unsigned half = (unsigned)(n / 2.0);
    return (int)half;
}
