// expect: 5:5 error: not within a switch
// a case label outside any switch
int main(void) {
    int x = 1;
    case 1:
    x = 2;
    return x;
}
