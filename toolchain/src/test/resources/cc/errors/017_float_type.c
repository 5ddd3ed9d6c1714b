// expect: 5:5 error: floating point is not supported
// gcc: accepts (it has floating point)
// declaring a float variable
int main(void) {
    float ratio;
    ratio = 2;
    return (int)ratio;
}
