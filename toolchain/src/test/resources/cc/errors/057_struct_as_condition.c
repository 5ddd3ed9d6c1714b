// expect: 9:9 error: scalar is required
// using a struct where a condition needs a number or pointer
struct flag {
    int on;
};

int main(void) {
    struct flag f = {1};
    if (f) {
        return 1;
    }
    return 0;
}
