/* Takes the heap 1 MiB at a time until malloc says no; prints how many MiB it got. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int mebibytes = 0;
    while (malloc(1 << 20) != NULL) {
        mebibytes++;
    }
    printf("%d MiB\n", mebibytes);
    return 0;
}
