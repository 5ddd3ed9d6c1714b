// expect: 7:1 error: duplicate label
// the same label twice in one function
int main(void) {
    int x = 0;
again:
    x++;
again:
    if (x < 3) {
        goto again;
    }
    return x;
}
