/*
 * trap.c: what happens when a bare-metal program causes an exception (a load from an address
 * with no memory, an illegal instruction, ...): a line on the console naming the cause, the
 * pc and the faulting address or instruction, then the end of the run with the status a shell
 * would show for the matching UNIX signal: 128 + SIGBUS (135) for a misaligned access, 128 +
 * SIGSEGV (139) for an access fault, 128 + SIGILL (132) for an illegal instruction, 128 +
 * SIGTRAP (133) for a breakpoint, and 134 (as abort) for anything else.
 */
#include <stdio.h>
#include "../libc/libc.h"

void __minnow_fatal_trap(unsigned int cause, unsigned int pc, unsigned int value);

static const char *const causes[] = {
    "misaligned instruction fetch", "instruction access fault", "illegal instruction", "breakpoint",
    "misaligned load", "load access fault", "misaligned store", "store access fault",
    "environment call from U-mode", "environment call from S-mode", "exception 10",
    "environment call from M-mode", "instruction page fault", "load page fault", "exception 14",
    "store page fault",
};

static int status_for(unsigned int cause) {
    switch (cause) {
        case 0: case 4: case 6: return 135;
        case 1: case 5: case 7: return 139;
        case 2: return 132;
        case 3: return 133;
        default: return 134;
    }
}

void __minnow_fatal_trap(unsigned int cause, unsigned int pc, unsigned int value) {
    const char *name = cause < sizeof causes / sizeof causes[0] ? causes[cause] : "interrupt or unknown exception";
    fprintf(stderr, "\nfatal trap: %s (mcause %u) at pc 0x%08x, mtval 0x%08x\n", name, cause, pc, value);
    __minnow_halt(status_for(cause));
}
