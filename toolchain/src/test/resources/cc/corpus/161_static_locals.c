/* A static local keeps its value between calls and is initialised once, before the program runs. */
#include <stdio.h>

static int next_id(void) {
    static int id = 100;
    return id++;
}

static const char *ordinal(int n) {
    static const char *const words[] = {"zeroth", "first", "second", "third"};
    return n < 4 ? words[n] : "later";
}

static int calls(void) {
    static int count;   /* zero without an initialiser */
    return ++count;
}

int main(void) {
    int a = next_id();
    int b = next_id();
    int c = next_id();
    printf("%d %d %d\n", a, b, c);
    for (int i = 0; i < 5; i++) {
        printf("%s ", ordinal(i));
    }
    printf("\n");
    calls();
    calls();
    printf("calls() = %d\n", calls());
    return 0;
}
