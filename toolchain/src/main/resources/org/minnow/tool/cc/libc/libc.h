/*
 * libc.h: what the C library's own files share, and what they need from the platform below.
 * Not for programs. On bare metal the platform is the files in bare/ (the UART, the test
 * finisher, a heap up to the stack); a hosted Minnow program gets the same functions from
 * system calls.
 */
#ifndef _MINNOW_LIBC_H
#define _MINNOW_LIBC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/cdefs.h>

/* ---- the platform ---- */

/* Writes one byte to the console. */
void __minnow_console_put(int c);

/* Reads one byte from the console, waiting until one arrives. */
int __minnow_console_get(void);

/* Ends the program with exit status 0..255; never returns. */
void __minnow_halt(int status) __MINNOW_NORETURN;

/* Moves the end of the heap by increment bytes; returns the old end, or (void *)-1 with errno ENOMEM. */
void *sbrk(intptr_t increment);

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
