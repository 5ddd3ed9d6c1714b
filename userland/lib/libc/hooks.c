/*
 * hooks.c: where a system process's brk and console output go. Null in a user program (they go
 * to PM and VFS); libsys's sef_startup sets them in servers and drivers, which talk to the
 * kernel directly.
 */
#include "libc.h"

int (*__brk_hook)(void *address, void **now);
int (*__console_write_hook)(const char *text, int len);
