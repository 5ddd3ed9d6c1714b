// expect: 4:5 error: unknown type name
// using a type name that was never declared
int main(void) {
    Point p;
    return 0;
}
