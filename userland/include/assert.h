/*
 * assert.h: assert(expr) checks expr at run time. When it is false, the program prints
 *     FILE:LINE: FUNCTION: assertion `EXPR' failed
 * on stderr and ends through abort(), with exit status 134 (128 + SIGABRT, as a shell reports
 * an aborted program). With NDEBUG defined before the #include, assert does nothing. This header
 * has no include guard on purpose: including it again after changing NDEBUG redefines assert.
 */
#include <sys/cdefs.h>

#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
void __assert_fail(const char *expr, const char *file, int line, const char *function) __MINNOW_NORETURN;
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif
