/* File-scope static names are private to the file; extern declarations refer to a definition
   that may come later, at file scope or inside a block. */
#include <stdio.h>

extern int shared_total;          /* declared here, defined below */
static int private_counter = 3;   /* internal linkage */

static void add(int n) {
    shared_total += n;
    private_counter++;
}

int report(void);

int main(void) {
    add(5);
    add(7);
    extern int shared_total;      /* a block-scope extern refers to the same object */
    printf("shared_total = %d, private_counter = %d\n", shared_total, private_counter);
    printf("report = %d\n", report());
    return 0;
}

int shared_total = 100;

int report(void) {
    return shared_total * 10 + private_counter;
}
