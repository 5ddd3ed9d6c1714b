/*
 * stdio.h: formatted and character input and output. There are three streams: stdout and stderr
 * write to the console and stdin reads from it (on bare metal, the UART). Nothing is buffered, so
 * output appears at once and fflush has nothing to do.
 *
 * printf supports the conversions d i u o x X c s p n % with the flags - + space 0 #, a width and
 * a precision (either may be *), and the length modifiers hh h l ll z t j. There is no floating
 * point: a conversion f F e E g G a A is printed as it was written in the format ("%.2f" prints
 * %.2f) and takes no argument; so is any conversion this printf does not know.
 * %s of a null pointer prints (null); %p prints 0x and the address in lower-case hex.
 *
 * Reading: the console has no end, so the byte 0x04 (Ctrl-D, as a terminal sends it) stands for
 * the end of input: getchar returns EOF for it and the stream's end-of-file flag is set.
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <sys/cdefs.h>

#ifndef __MINNOW_SIZE_T
#define __MINNOW_SIZE_T
typedef unsigned int size_t; /* also in stddef.h, stdlib.h, string.h: C99 allows one typedef */
#endif

#define NULL ((void *)0)
#define EOF (-1)
#define BUFSIZ 1024

/* A stream: which console direction it is, its error and end-of-file flags, one pushed-back byte. */
typedef struct __minnow_file {
    int fd;
    int error;
    int eof;
    int pushback;
} FILE;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;

int printf(const char *format, ...) __MINNOW_PRINTF(1, 2);
int fprintf(FILE *stream, const char *format, ...) __MINNOW_PRINTF(2, 3);
int sprintf(char *buffer, const char *format, ...) __MINNOW_PRINTF(2, 3);
int snprintf(char *buffer, size_t size, const char *format, ...) __MINNOW_PRINTF(3, 4);
int vprintf(const char *format, va_list args) __MINNOW_PRINTF(1, 0);
int vfprintf(FILE *stream, const char *format, va_list args) __MINNOW_PRINTF(2, 0);
int vsprintf(char *buffer, const char *format, va_list args) __MINNOW_PRINTF(2, 0);
int vsnprintf(char *buffer, size_t size, const char *format, va_list args) __MINNOW_PRINTF(3, 0);

int putchar(int c);
int puts(const char *s);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int fputs(const char *s, FILE *stream);
size_t fwrite(const void *data, size_t size, size_t count, FILE *stream);

int getchar(void);
int fgetc(FILE *stream);
int getc(FILE *stream);
int ungetc(int c, FILE *stream);
char *fgets(char *buffer, int size, FILE *stream);

int fflush(FILE *stream);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);
void perror(const char *prefix);

#endif
