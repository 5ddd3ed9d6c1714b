// expect: 8:12 error: incompatible types
// returning a struct from a function declared to return int
struct box {
    int size;
};

static int size_of(struct box b) {
    return b;
}

int main(void) {
    struct box b = {3};
    return size_of(b);
}
