// expect: 3:2 error: invalid preprocessing directive
// a directive the preprocessor does not know
#inclde <stdio.h>

int main(void) {
    return 0;
}
