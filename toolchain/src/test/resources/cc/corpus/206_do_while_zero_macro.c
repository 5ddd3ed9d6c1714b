/* A statement macro wrapped in do { ... } while (0) behaves as one statement, also before else. */
#include <stdio.h>

#define RESET(a, b) do { (a) = 0; (b) = 0; } while (0)
#define REPORT(msg, v) do { printf("%s: ", msg); printf("%d\n", v); } while (0)

int main(void) {
    int x = 5, y = 6;
    if (x > 3)
        RESET(x, y);
    else
        REPORT("not reset", x);
    REPORT("x", x);
    REPORT("y", y);
    if (x > 3)
        REPORT("big", x);
    else
        REPORT("small", x);
    return 0;
}
