// expect: 8:9 error: duplicate case
// two case labels with the same value
int main(void) {
    int x = 2, y = 0;
    switch (x) {
        case 1: y = 10; break;
        case 2: y = 20; break;
        case 1: y = 30; break;
    }
    return y;
}
