// expect: 4:14 error: redeclaration of enumerator
// the same enumerator name in two enums
enum light { RED, AMBER, GREEN };
enum color { RED, BLUE };

int main(void) {
    return RED;
}
