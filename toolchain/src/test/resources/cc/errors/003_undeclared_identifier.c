// expect: 5:13 error: undeclared
// using a variable that was never declared
int main(void) {
    int total = 0;
    total = totl + 1;
    return total;
}
