// expect: 5:13 error: request for member
// using . on something that is not a struct
int main(void) {
    int n = 4;
    return n.value;
}
