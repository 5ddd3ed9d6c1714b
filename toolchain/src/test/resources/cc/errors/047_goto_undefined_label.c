// expect: 6:9 error: used but not defined
// goto to a label that does not exist
int main(void) {
    int x = 0;
    if (x == 0) {
        goto finish;
    }
    return 1;
}
