// expect: 5:10 error: array type
// assigning to a whole array
int main(void) {
    char name[8];
    name = "minnow";
    return name[0];
}
