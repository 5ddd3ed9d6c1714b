// expect: 3:9 error: #include expects
// #include without a file name
#include

int main(void) {
    return 0;
}
