/* assert does nothing when its condition holds; with NDEBUG defined it is not even evaluated. */
#include <assert.h>
#include <stdio.h>

static int evaluations;

static int check(int v) {
    evaluations++;
    return v;
}

int main(void) {
    assert(1 + 1 == 2);
    assert(check(1));
    printf("asserts passed, evaluations = %d\n", evaluations);
#define NDEBUG
#include <assert.h>
    assert(check(0));   /* compiled away */
    printf("with NDEBUG: evaluations = %d\n", evaluations);
#undef NDEBUG
#include <assert.h>
    assert(check(1));
    printf("assert back on: evaluations = %d\n", evaluations);
    return 0;
}
