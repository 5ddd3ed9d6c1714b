/*
 * stdarg.h: walking a variadic function's arguments. The names are GCC's builtins, which minnow cc
 * implements with the same meaning: on ilp32, va_list is a pointer into the area where the
 * caller's arguments (and the callee's saved argument registers a0-a7) lie in order, and
 * va_arg(ap, T) takes the next argument of type T, 8-byte aligned when T is 8 bytes long.
 */
#ifndef _STDARG_H
#define _STDARG_H

typedef __builtin_va_list va_list;

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dest, src) __builtin_va_copy(dest, src)

#endif
