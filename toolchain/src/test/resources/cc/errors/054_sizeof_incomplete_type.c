// expect: 6:24 error: incomplete type
// sizeof of a struct that is declared but never defined
struct secret;

int main(void) {
    return (int)sizeof(struct secret);
}
