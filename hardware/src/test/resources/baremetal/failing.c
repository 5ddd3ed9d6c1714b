/* A program that fails: the finisher's fail code carries the exit status to the host. */
#include "virt.h"

int main(void) {
    puts_("about to fail with status 3\n");
    return 3;
}
