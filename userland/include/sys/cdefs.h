/*
 * sys/cdefs.h: small helpers the other headers share. Under GCC they attach attributes that
 * let the compiler check printf formats and know that exit() does not return and that setjmp()
 * returns twice; minnow cc has no attributes, so there they expand to nothing.
 */
#ifndef _SYS_CDEFS_H
#define _SYS_CDEFS_H

#if defined(__GNUC__) && !defined(__minnow__)
#define __MINNOW_NORETURN __attribute__((__noreturn__))
#define __MINNOW_PRINTF(fmt, first) __attribute__((__format__(__printf__, fmt, first)))
#define __MINNOW_RETURNS_TWICE __attribute__((__returns_twice__))
#else
#define __MINNOW_NORETURN
#define __MINNOW_PRINTF(fmt, first)
#define __MINNOW_RETURNS_TWICE
#endif

#endif
