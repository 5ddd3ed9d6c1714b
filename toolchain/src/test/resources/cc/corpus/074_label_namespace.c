/* Labels have their own name space: a label may share its name with a variable or a function. */
#include <stdio.h>

static int count(void) {
    return 3;
}

int main(void) {
    int count_label = 0;
    int done = 0;
count:
    count_label++;
    if (count_label < count()) {
        goto count;
    }
    goto done;
done:
    printf("count_label = %d, done = %d\n", count_label, done);
    {
        int x = 1;
x:
        if (x < 4) {
            x *= 2;
            goto x;
        }
        printf("x = %d\n", x);
    }
    return 0;
}
