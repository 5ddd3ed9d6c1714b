// expect: 6:5 error: else
// an else with no if before it
int main(void) {
    int x = 1;
    x = 2;
    else {
        x = 3;
    }
    return x;
}
