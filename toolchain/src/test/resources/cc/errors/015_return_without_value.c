// expect: 6:9 error: return
// gcc: warning ('return' with no value, in function returning non-void)
// a bare return in a function that returns int (a constraint violation in C99)
static int half(int x) {
    if (x < 0) {
        return;
    }
    return x / 2;
}

int main(void) {
    return half(4);
}
