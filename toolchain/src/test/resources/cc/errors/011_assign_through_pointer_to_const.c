// expect: 4:8 error: read-only
// writing through a pointer to const
static void clear(const int *p) {
    *p = 0;
}

int main(void) {
    int x = 5;
    clear(&x);
    return x;
}
