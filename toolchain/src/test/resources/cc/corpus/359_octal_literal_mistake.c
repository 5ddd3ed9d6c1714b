/* A student mistake: a leading zero makes a literal octal, so 010 is 8. */
#include <stdio.h>

int main(void) {
    int codes[] = {007, 010, 012, 100};
    for (int i = 0; i < 4; i++) {
        printf("%d ", codes[i]);
    }
    printf("\n");
    int month = 010;   /* meant as October? it is 8 */
    printf("month = %d\n", month);
    return 0;
}
