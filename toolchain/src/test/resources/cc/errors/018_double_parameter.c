// expect: 4:21 error: floating point is not supported
// gcc: accepts (it has floating point)
// a double parameter
static int truncate(double value) {
    return (int)value;
}

int main(void) {
    return truncate(7);
}
