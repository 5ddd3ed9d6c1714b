/*
 * stdio.h: formatted and character input and output on streams over file descriptors. stdin,
 * stdout and stderr are descriptors 0, 1 and 2; fopen opens more. Output to a terminal (the
 * console) is line buffered, other output fully buffered, stderr not buffered; exit flushes.
 *
 * printf supports the conversions d i u o x X c s p n % with the flags - + space 0 #, a width and
 * a precision (either may be *), and the length modifiers hh h l ll z t j. There is no floating
 * point: a conversion f F e E g G a A is printed as it was written in the format ("%.2f" prints
 * %.2f) and takes no argument; so is any conversion this printf does not know.
 * %s of a null pointer prints (null); %p prints 0x and the address in lower-case hex.
 *
 * Reading: a read() that returns 0 (the tty driver's answer to ^D at the start of a line) is the
 * end of the input: getchar returns EOF and the stream's end-of-file flag is set until clearerr.
 * Reading a line-buffered stream first flushes stdout, so a prompt shows before the wait.
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

#define _IOFBF 0   /* fully buffered */
#define _IOLBF 1   /* line buffered */
#define _IONBF 2   /* not buffered */

#define FOPEN_MAX 16

/* A stream: its descriptor, flags, and a buffer that holds either unread input or unwritten output. */
typedef struct __minnow_file {
    int fd;              /* -1: the slot is free */
    int error;
    int eof;
    int pushback;        /* one byte pushed back by ungetc, or EOF */
    int mode;            /* _IOFBF, _IOLBF or _IONBF */
    int writing;         /* the buffer holds output (1) or input (0) */
    int readable, writable;
    unsigned char *buffer;
    int size;            /* the buffer's size */
    int count;           /* output: bytes in the buffer; input: bytes left */
    int pos;             /* input: the next byte to hand out */
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

FILE *fopen(const char *path, const char *mode);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *stream);
int fileno(FILE *stream);
size_t fread(void *data, size_t size, size_t count, FILE *stream);
int setvbuf(FILE *stream, char *buffer, int mode, size_t size);
int fflush(FILE *stream);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);
void perror(const char *prefix);

int rename(const char *from, const char *to);
int remove(const char *path);

#endif
