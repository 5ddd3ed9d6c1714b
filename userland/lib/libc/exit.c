/*
 * exit.c: ending the program. exit runs the functions given to atexit, last registered first,
 * flushes the streams, then asks PM to end the process with status & 0xff. abort ends it at
 * once with status 134, which a shell reports for a program killed by SIGABRT (128 + 6).
 */
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"

#define MAX_HANDLERS 32
#define ABORT_STATUS 134

static void (*handlers[MAX_HANDLERS])(void);
static int handler_count;

/* Registers a function for exit to call; -1 when MAX_HANDLERS are registered already. */
int atexit(void (*function)(void)) {
    if (handler_count == MAX_HANDLERS) {
        return -1;
    }
    handlers[handler_count++] = function;
    return 0;
}

void exit(int status) {
    /* each handler is taken off the list before it runs, so one that calls exit ends the loop */
    while (handler_count > 0) {
        handler_count--;
        handlers[handler_count]();
    }
    __stdio_flush_all();
    _exit(status & 0xff);
}

void _Exit(int status) {
    _exit(status & 0xff);
}

void abort(void) {
    __stdio_flush_all();
    _exit(ABORT_STATUS);
}
