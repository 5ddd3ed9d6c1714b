// expect: 5:9 error: redefinition
// declaring the same local variable twice in one block
int main(void) {
    int count = 1;
    int count = 2;
    return count;
}
