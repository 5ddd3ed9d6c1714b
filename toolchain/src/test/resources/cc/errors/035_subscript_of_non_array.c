// expect: 5:13 error: subscripted value
// indexing something that is neither an array nor a pointer
int main(void) {
    int x = 5;
    return x[0];
}
