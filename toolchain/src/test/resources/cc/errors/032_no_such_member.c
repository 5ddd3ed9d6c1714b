// expect: 9:13 error: no member named
// a struct member that does not exist
struct point {
    int x, y;
};

int main(void) {
    struct point p = {1, 2};
    return p.z;
}
