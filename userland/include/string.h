/*
 * string.h: byte-array and string functions. The copying and searching functions work a word
 * at a time where the pointers allow it, so they are fast enough for real programs.
 * strerror returns a fixed message for each errno value ("unknown error N" for others, in a
 * buffer the next call overwrites). strtok keeps its position between calls in one hidden variable.
 */
#ifndef _STRING_H
#define _STRING_H

#ifndef __MINNOW_SIZE_T
#define __MINNOW_SIZE_T
typedef unsigned int size_t;
#endif

#define NULL ((void *)0)

void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *dest, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, size_t n);
char *strcat(char *dest, const char *src);
char *strncat(char *dest, const char *src, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *s, const char *delimiters);
char *strdup(const char *s);
char *strndup(const char *s, size_t max);
char *strerror(int error);

#endif
