// expect: 6:12 error: not a function
// calling through a pointer to int
int main(void) {
    int value = 3;
    int *p = &value;
    return p(1);
}
