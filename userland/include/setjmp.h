/*
 * setjmp.h: non-local jumps. A jmp_buf holds what a function call must preserve on ilp32: the
 * return address, the stack pointer and s0-s11 (14 words). setjmp returns 0 when called and
 * the value given to longjmp (1 if that was 0) when a longjmp comes back to it.
 */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <sys/cdefs.h>

typedef int jmp_buf[14];

int setjmp(jmp_buf env) __MINNOW_RETURNS_TWICE;
void longjmp(jmp_buf env, int value) __MINNOW_NORETURN;

#endif
