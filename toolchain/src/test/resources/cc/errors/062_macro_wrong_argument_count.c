// expect: 6:17 error: requires 2 arguments
// calling a function-like macro with too few arguments
#define MAX(a, b) ((a) > (b) ? (a) : (b))

int main(void) {
    return MAX(1);
}
