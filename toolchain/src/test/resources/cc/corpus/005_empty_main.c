/* A program that prints nothing and returns 0. */
int main(void) {
    return 0;
}
