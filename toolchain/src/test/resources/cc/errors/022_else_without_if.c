// expect: 4:2 error: #else without #if
// #else with no #if before it
int main(void) {
#else
    return 0;
}
