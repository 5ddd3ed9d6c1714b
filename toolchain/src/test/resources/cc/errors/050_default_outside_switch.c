// expect: 6:5 error: not within a switch
// a default label outside any switch
int main(void) {
    int x = 1;
    if (x) {
    default:
        x = 2;
    }
    return x;
}
