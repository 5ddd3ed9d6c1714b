// expect: 8:9 error: multiple default labels
// two default labels in one switch
int main(void) {
    int x = 3, y = 0;
    switch (x) {
        default: y = 1; break;
        case 1: y = 2; break;
        default: y = 3; break;
    }
    return y;
}
