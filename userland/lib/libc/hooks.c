/*
 * hooks.c: where a system process's brk, console output and exit go. Null in a user program
 * (they go to PM and VFS); libsys's sef_startup sets them in servers and drivers, which talk to
 * the kernel directly (a server's exit is its signal manager's business, RS's, not PM's).
 */
#include "libc.h"

int (*__brk_hook)(void *address, void **now);
int (*__console_write_hook)(const char *text, int len);
void (*__exit_hook)(int status);
