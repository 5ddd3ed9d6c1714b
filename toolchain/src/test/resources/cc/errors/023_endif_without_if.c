// expect: 6:2 error: #endif without #if
// #endif with no #if before it
int main(void) {
    return 0;
}
#endif
