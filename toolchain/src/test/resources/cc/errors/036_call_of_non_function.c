// expect: 5:12 error: not a function
// calling a variable that is not a function
int main(void) {
    int total = 3;
    return total(2);
}
