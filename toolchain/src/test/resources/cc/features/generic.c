/* C11's _Generic: the association whose type matches the controlling expression's. */
#include "check.h"

#define KIND(x) _Generic((x), int: 1, unsigned: 2, long long: 3, char *: 4, const char *: 5, default: 0)

int main(void) {
    char c = 'a';
    const char *k = "k";
    int a[3];
    ASSERT(1, KIND(1));
    ASSERT(2, KIND(1u));
    ASSERT(3, KIND(1LL));
    ASSERT(1, KIND('a'));       /* a character constant is an int */
    ASSERT(0, KIND(c));         /* char is none of them */
    ASSERT(4, KIND("s"));       /* the array becomes a pointer */
    ASSERT(5, KIND(k));
    ASSERT(0, KIND(a));         /* int * */
    ASSERT(1, KIND(c + 1));     /* promoted */
    DONE();
}
