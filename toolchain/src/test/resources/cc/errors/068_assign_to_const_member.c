// expect: 9:14 error: read-only
// assigning to a member of a const struct
struct point {
    int x, y;
};

int main(void) {
    const struct point origin = {0, 0};
    origin.x = 5;
    return origin.x;
}
