/* setjmp saves where it was called; longjmp returns there again, with a value. (C allows setjmp
   only as a whole condition or compared with a constant, as here.) */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth;

static void dive(int n) {
    depth = n;
    if (n == 5) {
        printf("deep enough, jumping back\n");
        longjmp(env, n * 10);
    }
    dive(n + 1);
    printf("never printed\n");
}

int main(void) {
    volatile int passes = 0;
    switch (setjmp(env)) {
        case 0:
            passes++;
            printf("setjmp returned 0 (pass %d)\n", passes);
            dive(1);
            break;
        case 50:
            passes++;
            printf("setjmp returned 50 (pass %d)\n", passes);
            break;
        default:
            printf("unexpected value\n");
    }
    printf("depth was %d\n", depth);
    jmp_buf again;
    if (setjmp(again) == 0) {
        printf("first pass\n");
        longjmp(again, 0);   /* a value of 0 arrives as 1 */
    } else {
        printf("second pass\n");
    }
    return 0;
}
