// expect: 7:13 error: void value
// using the result of a function that returns void
static void nothing(void) {
}

int main(void) {
    int x = nothing();
    return x;
}
