// expect: 6:9 error: break
// break outside a loop or switch
int main(void) {
    int x = 1;
    if (x) {
        break;
    }
    return x;
}
