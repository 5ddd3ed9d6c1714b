// expect: 7:12 error: redefinition
// defining the same function twice
static int twice(int x) {
    return 2 * x;
}

static int twice(int x) {
    return x + x;
}

int main(void) {
    return twice(1);
}
