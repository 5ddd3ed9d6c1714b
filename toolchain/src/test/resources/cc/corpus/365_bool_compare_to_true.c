/* A student mistake: comparing a "boolean" int with true fails for values other than 1. */
#include <stdbool.h>
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int flag = isdigit('7');   /* non-zero, but not necessarily 1 */
    int answer = 2;
    printf("answer == true: %d\n", answer == true);
    printf("answer is true in a condition: %d\n", answer ? 1 : 0);
    bool b = answer;   /* converting to bool gives exactly 1 */
    printf("(bool)answer == true: %d\n", b == true);
    printf("isdigit result used as a condition: %s\n", flag ? "digit" : "not a digit");
    return 0;
}
