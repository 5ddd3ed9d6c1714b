// expect: 5:7 warning: makes integer from pointer
// assigning a string where a single char is expected
int main(void) {
    char c;
    c = "a";
    return c;
}
