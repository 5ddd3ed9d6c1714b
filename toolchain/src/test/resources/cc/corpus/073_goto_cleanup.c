/* The goto-cleanup pattern of C error handling: each failure jumps to undo what was done. */
#include <stdio.h>
#include <stdlib.h>

static int work(int fail_at) {
    int status = -1;
    char *a = NULL, *b = NULL, *c = NULL;
    a = malloc(16);
    if (a == NULL || fail_at == 1) {
        printf("step 1 failed\n");
        goto out;
    }
    b = malloc(16);
    if (b == NULL || fail_at == 2) {
        printf("step 2 failed\n");
        goto free_a;
    }
    c = malloc(16);
    if (c == NULL || fail_at == 3) {
        printf("step 3 failed\n");
        goto free_b;
    }
    printf("all steps done\n");
    status = 0;
    free(c);
free_b:
    free(b);
free_a:
    free(a);
out:
    return status;
}

int main(void) {
    for (int f = 0; f <= 3; f++) {
        printf("fail_at %d -> %d\n", f, work(f));
    }
    return 0;
}
