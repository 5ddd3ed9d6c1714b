// expect: 6:19 error: storage size
// a variable whose struct type is never defined
struct secret;

int main(void) {
    struct secret s;
    return 0;
}
