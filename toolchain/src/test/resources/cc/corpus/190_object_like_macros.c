/* Object-like macros: names replaced by their token lists before compilation. */
#include <stdio.h>

#define SIZE 8
#define DOUBLE_SIZE (SIZE * 2)
#define GREETING "hello"
#define EMPTY
#define NEGATIVE -1
#define STATEMENT printf("from a macro\n");

int main(void) {
    int arr[SIZE];
    printf("SIZE %d, DOUBLE_SIZE %d, sizeof arr %u\n", SIZE, DOUBLE_SIZE, (unsigned)sizeof arr);
    printf("%s, %d\n", GREETING, NEGATIVE);
    EMPTY printf("EMPTY expands to nothing\n");
    STATEMENT
    printf("SIZE inside a string is not replaced: \"SIZE\"\n");
    int SIZE_OF_THING = 3;   /* a longer name is a different token */
    printf("SIZE_OF_THING = %d\n", SIZE_OF_THING);
    return 0;
}
