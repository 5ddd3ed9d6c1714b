// expect: 4:9 error: negative
// an array of negative size
int main(void) {
    int a[-2];
    return 0;
}
