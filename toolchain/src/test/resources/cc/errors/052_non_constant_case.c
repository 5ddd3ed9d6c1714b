// expect: 6:9 error: constant
// a case label that is not a constant
int main(void) {
    int x = 3, limit = 3, y = 0;
    switch (x) {
        case limit: y = 1; break;
    }
    return y;
}
