// expect: 8:13 error: label
// gcc: accepts (an extension before C23; with -pedantic it warns)
// a declaration right after a label (C99 wants a statement there)
int main(void) {
    int x = 1;
    switch (x) {
        case 1:
            int y = 2;
            return y;
    }
    return 0;
}
