// expect: 4:10 error: declared void
// a variable of type void
int main(void) {
    void nothing;
    return 0;
}
