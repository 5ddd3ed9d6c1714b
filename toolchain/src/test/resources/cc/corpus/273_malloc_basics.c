/* malloc gives memory to use until free; it is aligned for any type. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int *numbers = malloc(10 * sizeof *numbers);
    for (int i = 0; i < 10; i++) {
        numbers[i] = i * i;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
        sum += numbers[i];
    }
    printf("sum = %d\n", sum);
    char *text = malloc(32);
    strcpy(text, "allocated text");
    printf("%s\n", text);
    int misaligned = 0;
    void *blocks[20];
    for (int i = 0; i < 20; i++) {
        blocks[i] = malloc((size_t)i * 3 + 1);
        misaligned += ((uintptr_t)blocks[i] % 8) != 0;
    }
    printf("blocks not 8-byte aligned: %d\n", misaligned);
    long long *ll = malloc(sizeof *ll);
    *ll = -1LL << 40;
    printf("*ll = %lld\n", *ll);
    for (int i = 0; i < 20; i++) {
        free(blocks[i]);
    }
    free(ll);
    free(text);
    free(numbers);
    free(NULL);
    printf("freed\n");
    return 0;
}
