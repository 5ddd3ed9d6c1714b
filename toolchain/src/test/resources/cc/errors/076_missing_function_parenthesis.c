// expect: 3:17 error: expected
// a function definition with a parameter list that is not closed
int twice(int x {
    return 2 * x;
}

int main(void) {
    return 0;
}
