// expect: 9:28 error: excess elements
// gcc: warning (excess elements in struct initializer)
// more initialisers than the struct has members
struct pair {
    int a, b;
};

int main(void) {
    struct pair p = {1, 2, 3};
    return p.a;
}
