// expect: 4:5 error: unterminated comment
// a block comment that is never closed
int main(void) {
    /* this comment never ends
    return 0;
}
