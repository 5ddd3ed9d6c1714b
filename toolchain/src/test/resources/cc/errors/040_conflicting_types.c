// expect: 5:6 error: conflicting types
// a function defined with a different type than its declaration
int area(int w, int h);

long area(int w, int h) {
    return w * h;
}

int main(void) {
    return area(2, 3);
}
