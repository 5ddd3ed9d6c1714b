/* && and || evaluate their right operand only when needed: side effects show which ran. */
#include <stdio.h>

static int calls;

static int yes(int tag) {
    calls++;
    printf("yes(%d) ", tag);
    return 1;
}

static int no(int tag) {
    calls++;
    printf("no(%d) ", tag);
    return 0;
}

int main(void) {
    int r;
    r = no(1) && yes(2);   printf("-> %d\n", r);
    r = yes(3) && no(4);   printf("-> %d\n", r);
    r = yes(5) || no(6);   printf("-> %d\n", r);
    r = no(7) || yes(8);   printf("-> %d\n", r);
    r = no(9) || no(10) || yes(11) || yes(12); printf("-> %d\n", r);
    r = yes(13) && yes(14) && no(15) && yes(16); printf("-> %d\n", r);
    printf("calls = %d\n", calls);
    int i = 0;
    int arr[3] = {1, 2, 3};
    if (i < 3 && arr[i] == 1) {
        printf("guarded access ok\n");
    }
    i = 5;
    if (i < 3 && arr[i] == 1) {   /* arr[5] is never read */
        printf("not reached\n");
    }
    int n = 0;
    (void)(n++ || n++);
    printf("n = %d\n", n);
    return 0;
}
