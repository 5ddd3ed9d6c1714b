// expect: 7:1 error: expected ';'
// a struct definition without the semicolon after its closing brace
struct point {
    int x, y;
}

int main(void) {
    return 0;
}
