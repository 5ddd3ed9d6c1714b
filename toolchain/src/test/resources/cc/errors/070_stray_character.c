// expect: 5:11 error: stray '@'
// a character that is not part of C
int main(void) {
    int x = 1;
    x = x @ 2;
    return x;
}
