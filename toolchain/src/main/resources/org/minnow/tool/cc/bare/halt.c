/*
 * halt.c: a bare-metal program ends by writing to the SiFive test finisher of the virt board at
 * 0x0010_0000, which powers the machine off: 0x5555 for status 0, (status << 16) | 0x3333 for
 * any other status. QEMU and Minnow then exit with that status.
 */
#include "../libc/libc.h"

#define FINISHER ((volatile unsigned int *)0x00100000)
#define FINISHER_PASS 0x5555u
#define FINISHER_FAIL 0x3333u

void __minnow_halt(int status) {
    *FINISHER = status == 0 ? FINISHER_PASS : ((unsigned int)status << 16) | FINISHER_FAIL;
    for (;;) {
    }
}
