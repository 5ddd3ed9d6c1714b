// expect: 5:26 error: excess elements
// gcc: warning (excess elements in array initializer)
// more initialisers than the array has elements (a constraint violation in C99)
int main(void) {
    int a[3] = {1, 2, 3, 4};
    return a[0];
}
