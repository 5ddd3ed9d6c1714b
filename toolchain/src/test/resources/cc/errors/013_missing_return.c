// expect: 9:1 warning: control reaches end of non-void function
// a function that can end without returning a value
static int sign(int x) {
    if (x > 0) {
        return 1;
    } else if (x < 0) {
        return -1;
    }
}

int main(void) {
    return sign(0);
}
