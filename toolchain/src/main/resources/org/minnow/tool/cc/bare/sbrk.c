/*
 * sbrk.c: the heap of a bare-metal program. It starts where the program's data ends (the
 * linker's symbol _end) and may grow up to HEAP_LIMIT, 1 MiB below the top of the stack that
 * crt0.s sets up (STACK_TOP there), which leaves the stack 1 MiB. Nothing stops the stack from
 * growing further down than that.
 */
#include <errno.h>
#include "../libc/libc.h"

#define STACK_TOP 0x81000000u            /* as in crt0.s */
#define STACK_SIZE (1024u * 1024u)
#define HEAP_LIMIT ((char *)(STACK_TOP - STACK_SIZE))

extern char _end[];

static char *heap_break;

void *sbrk(intptr_t increment) {
    if (heap_break == NULL) {
        heap_break = _end;
    }
    char *old = heap_break;
    if (increment > 0 && (uintptr_t)(HEAP_LIMIT - old) < (uintptr_t)increment) {
        errno = ENOMEM;
        return (void *)-1;
    }
    if (increment < 0 && (uintptr_t)(old - _end) < (uintptr_t)-increment) {
        errno = ENOMEM;
        return (void *)-1;
    }
    heap_break = old + increment;
    return old;
}
