// expect: 6:12 error: return
// gcc: warning ('return' with a value, in function returning void)
// returning a value from a void function (a constraint violation in C99)
static void reset(int *p) {
    *p = 0;
    return 1;
}

int main(void) {
    int x;
    reset(&x);
    return x;
}
