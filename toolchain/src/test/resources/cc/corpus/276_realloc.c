/* realloc grows or shrinks a block, keeping its contents; realloc(NULL, n) is malloc(n). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int *a = realloc(NULL, 4 * sizeof(int));
    for (int i = 0; i < 4; i++) {
        a[i] = i + 1;
    }
    a = realloc(a, 1000 * sizeof(int));
    for (int i = 4; i < 1000; i++) {
        a[i] = i + 1;
    }
    long sum = 0;
    for (int i = 0; i < 1000; i++) {
        sum += a[i];
    }
    printf("sum after growing = %ld\n", sum);
    a = realloc(a, 10 * sizeof(int));
    printf("after shrinking: %d %d %d\n", a[0], a[5], a[9]);
    char *s = malloc(4);
    strcpy(s, "abc");
    for (int i = 0; i < 10; i++) {
        size_t len = strlen(s);
        s = realloc(s, len * 2 + 1);
        memcpy(s + len, s, len);
        s[len * 2] = '\0';
    }
    printf("length after doubling 10 times: %u, starts %.6s, ends %s\n", (unsigned)strlen(s), s, s + strlen(s) - 3);
    free(s);
    free(a);
    return 0;
}
