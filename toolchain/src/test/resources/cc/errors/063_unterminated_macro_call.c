// expect: 7:12 error: unterminated argument list
// gcc: error 8:2 (GCC reports where the input ends)
// a macro call whose parenthesis is never closed
#define TWICE(x) ((x) * 2)

int main(void) {
    return TWICE(3;
}
