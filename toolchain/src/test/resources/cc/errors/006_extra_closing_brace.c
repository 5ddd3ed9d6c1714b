// expect: 6:1 error: expected
// one closing brace too many
int main(void) {
    return 0;
}
}
