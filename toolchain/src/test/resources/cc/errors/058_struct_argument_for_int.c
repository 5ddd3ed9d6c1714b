// expect: 13:18 error: incompatible type
// passing a struct where an int parameter is expected
struct box {
    int size;
};

static int twice(int x) {
    return 2 * x;
}

int main(void) {
    struct box b = {3};
    return twice(b);
}
