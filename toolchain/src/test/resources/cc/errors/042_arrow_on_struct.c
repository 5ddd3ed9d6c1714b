// expect: 9:13 error: ->
// using -> on a struct rather than a pointer to one
struct point {
    int x, y;
};

int main(void) {
    struct point p = {1, 2};
    return p->x;
}
