/* = {0} zeroes a whole aggregate; globals and statics without initialiser start as zero. */
#include <stdio.h>

struct mixed {
    int i;
    char c[5];
    void *p;
    long long ll;
    struct { short s; } inner;
};

static struct mixed global_mixed;
static int global_array[100];
static char *global_pointer;

int main(void) {
    struct mixed m = {0};
    int arr[50] = {0};
    static struct mixed st;
    int zero_count = 0;
    for (int i = 0; i < 50; i++) {
        zero_count += arr[i] == 0;
    }
    for (int i = 0; i < 100; i++) {
        zero_count += global_array[i] == 0;
    }
    printf("zero ints: %d of 150\n", zero_count);
    printf("m: %d %d %d %lld %d\n", m.i, m.c[4], m.p == NULL, m.ll, m.inner.s);
    printf("global: %d %d %d %lld\n", global_mixed.i, global_mixed.c[0], global_mixed.p == NULL, global_mixed.ll);
    printf("static local: %d, global pointer null: %d\n", st.i + st.inner.s, global_pointer == NULL);
    return 0;
}
