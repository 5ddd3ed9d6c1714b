/* errno.c: the one errno of a single-threaded program. */
#include <errno.h>

int errno;
