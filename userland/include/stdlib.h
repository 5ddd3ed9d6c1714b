/*
 * stdlib.h: memory allocation, number conversion, sorting and searching, random numbers and
 * ending the program.
 *
 * malloc returns blocks aligned to 8 bytes (enough for every type minnow cc has) from a heap that
 * starts after the program's data and grows through sbrk(), which asks PM to move the break
 * (a system process asks the kernel itself; see lib/libc/process.c). malloc(0) returns a
 * unique pointer that free accepts; a failed allocation returns NULL and sets errno to ENOMEM.
 *
 * rand is the portable generator of the C standard (RAND_MAX 32767, seed 1 until srand).
 * exit runs the atexit functions (at most 32), last registered first, flushes the streams, then
 * ends the program with status & 0xff (PM_EXIT); abort ends it at once with status 134.
 * getenv always returns NULL: there is no environment.
 */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <sys/cdefs.h>

#ifndef __MINNOW_SIZE_T
#define __MINNOW_SIZE_T
typedef unsigned int size_t;
#endif
#ifndef __MINNOW_WCHAR_T
#define __MINNOW_WCHAR_T
typedef int wchar_t;
#endif

#define NULL ((void *)0)
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 32767

typedef struct {
    int quot;
    int rem;
} div_t;

typedef struct {
    long quot;
    long rem;
} ldiv_t;

typedef struct {
    long long quot;
    long long rem;
} lldiv_t;

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *block, size_t size);
void free(void *block);

int abs(int n);
long labs(long n);
long long llabs(long long n);
div_t div(int numer, int denom);
ldiv_t ldiv(long numer, long denom);
lldiv_t lldiv(long long numer, long long denom);

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));

int rand(void);
void srand(unsigned int seed);

void exit(int status) __MINNOW_NORETURN;
void _Exit(int status) __MINNOW_NORETURN;
void abort(void) __MINNOW_NORETURN;
int atexit(void (*function)(void));
char *getenv(const char *name);

#endif
