/*
 * libc.h: what the C library's own files share, and what they need from the platform below.
 * Not for programs. (It began as the toolchain's bare-metal libc; here the platform below is
 * Minnow's system calls.)
 */
#ifndef _MINNOW_LIBC_H
#define _MINNOW_LIBC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/cdefs.h>

/* ---- the system below: messages to PM and VFS (syscall.c) ---- */

struct __minnow_message;

/* SENDREC of m (type set to type) to endpoint who; a negative reply becomes -1 and errno. */
int _syscall(int who, int type, struct __minnow_message *m);

/* Moves the end of the heap by increment bytes; returns the old end, or (void *)-1 with errno ENOMEM. */
void *sbrk(intptr_t increment);

/* Writes out what stdio still buffers (exit calls it). */
void __stdio_flush_all(void);

/* Set by libsys's sef_startup in a system process (hooks.c): brk, console output and exit go
 * straight to the kernel, since such a process may be PM or VFS itself. */
extern int (*__brk_hook)(void *address, void **now);
extern int (*__console_write_hook)(const char *text, int len);
extern void (*__exit_hook)(int status);

/* ---- inside the library ---- */

/*
 * Where formatted output goes: put() takes each character in turn. The string sink keeps what
 * fits in buffer[0 .. capacity-2] and leaves room for the terminating zero.
 */
typedef struct format_sink {
    void (*put)(struct format_sink *sink, int c);
    char *buffer;
    size_t capacity;
    size_t length;   /* characters produced so far, kept or not */
} FormatSink;

/* The printf engine: formats into sink and returns the number of characters produced. */
int __minnow_format(FormatSink *sink, const char *format, va_list args);

/*
 * GCC's optimiser assumes that an unsigned int pointer never points at chars; the word-at-a-time
 * string functions read chars as words, so under GCC their word type is marked may_alias.
 */
#if defined(__GNUC__) && !defined(__minnow__)
typedef unsigned int __attribute__((__may_alias__)) libc_word;
#else
typedef unsigned int libc_word;
#endif

#endif
