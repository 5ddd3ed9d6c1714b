// expect: 5:11 error: read-only
// assigning to a const variable
int main(void) {
    const int limit = 10;
    limit = 20;
    return limit;
}
