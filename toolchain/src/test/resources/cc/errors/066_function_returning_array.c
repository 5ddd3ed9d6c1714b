// expect: 3:5 error: returning an array
// a function declared to return an array
int make(void)[3];

int main(void) {
    return 0;
}
