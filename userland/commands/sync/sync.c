/* sync: writes every block the file system holds in memory back to the disk, so the disk image
 * is whole (minnow fsck finds it clean) even if the machine is switched off right after. */
#include <unistd.h>

int main(void) {
    sync();
    return 0;
}
