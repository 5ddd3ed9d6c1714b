// expect: 8:1 error: end of input
// a function body that is never closed
int main(void) {
    int i;
    for (i = 0; i < 3; i++) {
        i = i + 1;
    return 0;
}
