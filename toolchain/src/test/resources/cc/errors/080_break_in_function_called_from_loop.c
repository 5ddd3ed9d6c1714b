// expect: 4:5 error: break
// break in a function that is called from inside a loop (break is local to its function)
static void stop(void) {
    break;
}

int main(void) {
    for (int i = 0; i < 3; i++) {
        stop();
    }
    return 0;
}
