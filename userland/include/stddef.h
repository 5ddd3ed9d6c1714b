/* stddef.h: the common types and macros of C (ilp32: size_t and pointers are 32 bits). */
#ifndef _STDDEF_H
#define _STDDEF_H

#ifndef __MINNOW_SIZE_T
#define __MINNOW_SIZE_T
typedef unsigned int size_t;
#endif
typedef int ptrdiff_t;
#ifndef __MINNOW_WCHAR_T
#define __MINNOW_WCHAR_T
typedef int wchar_t;
#endif

#define NULL ((void *)0)

/* The classic definition: the address of the member in an object placed at address 0. */
#define offsetof(type, member) ((size_t)&((type *)0)->member)

#endif
