/* A student mistake: percentages with integers need the multiplication first, and a wider type
   when the product may not fit. */
#include <stdio.h>

int main(void) {
    unsigned done = 300000000, total = 400000000;
    printf("done / total * 100 = %u\n", done / total * 100);
    printf("done * 100 / total = %u (300000000 * 100 wraps in 32 bits)\n", done * 100 / total);
    printf("(unsigned long long)done * 100 / total = %llu\n", (unsigned long long)done * 100 / total);
    return 0;
}
