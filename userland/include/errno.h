/*
 * errno.h: the error number of the last failed library call, and the error codes (MINIX 3's
 * numbers; 1..39 are those that UNIX V7, MINIX 3 and Linux agree on). As in MINIX, code
 * compiled with _SYSTEM defined (servers, drivers, libsys) sees them negative, as the kernel
 * and the servers return them; user programs see them positive, in errno.
 */
#ifndef _ERRNO_H
#define _ERRNO_H

#ifdef _SYSTEM
#define _SIGN -
#include <minix/const.h>
#else
#define _SIGN
#endif

extern int errno;

#define EPERM (_SIGN 1)         /* operation not permitted */
#define ENOENT (_SIGN 2)        /* no such file or directory */
#define ESRCH (_SIGN 3)         /* no such process */
#define EINTR (_SIGN 4)         /* interrupted function call */
#define EIO (_SIGN 5)           /* input/output error */
#define ENXIO (_SIGN 6)         /* no such device or address */
#define E2BIG (_SIGN 7)         /* argument list too long */
#define ENOEXEC (_SIGN 8)       /* exec format error */
#define EBADF (_SIGN 9)         /* bad file descriptor */
#define ECHILD (_SIGN 10)       /* no child processes */
#define EAGAIN (_SIGN 11)       /* resource temporarily unavailable */
#define ENOMEM (_SIGN 12)       /* not enough space */
#define EACCES (_SIGN 13)       /* permission denied */
#define EFAULT (_SIGN 14)       /* bad address */
#define ENOTBLK (_SIGN 15)      /* block device required */
#define EBUSY (_SIGN 16)        /* resource busy */
#define EEXIST (_SIGN 17)       /* file exists */
#define EXDEV (_SIGN 18)        /* improper link */
#define ENODEV (_SIGN 19)       /* no such device */
#define ENOTDIR (_SIGN 20)      /* not a directory */
#define EISDIR (_SIGN 21)       /* is a directory */
#define EINVAL (_SIGN 22)       /* invalid argument */
#define ENFILE (_SIGN 23)       /* too many open files in system */
#define EMFILE (_SIGN 24)       /* too many open files */
#define ENOTTY (_SIGN 25)       /* inappropriate I/O control operation */
#define ETXTBSY (_SIGN 26)      /* text file busy */
#define EFBIG (_SIGN 27)        /* file too large */
#define ENOSPC (_SIGN 28)       /* no space left on device */
#define ESPIPE (_SIGN 29)       /* invalid seek */
#define EROFS (_SIGN 30)        /* read-only file system */
#define EMLINK (_SIGN 31)       /* too many links */
#define EPIPE (_SIGN 32)        /* broken pipe */
#define EDOM (_SIGN 33)         /* domain error */
#define ERANGE (_SIGN 34)       /* result too large */
#define EDEADLK (_SIGN 35)      /* resource deadlock avoided */
#define ENAMETOOLONG (_SIGN 36) /* file name too long */
#define ENOLCK (_SIGN 37)       /* no locks available */
#define ENOSYS (_SIGN 38)       /* function not implemented */
#define ENOTEMPTY (_SIGN 39)    /* directory not empty */

/* MINIX's own: errors of IPC and of the system's servers */
#define ERESTART (_SIGN 41)      /* service restarted */
#define EGENERIC (_SIGN 99)      /* generic error */
#define ELOCKED (_SIGN 101)      /* cannot send message due to deadlock */
#define EBADCALL (_SIGN 102)     /* illegal system call number */
#define EBADSRCDST (_SIGN 103)   /* bad source or destination process */
#define ECALLDENIED (_SIGN 104)  /* no permission for system call */
#define EDEADSRCDST (_SIGN 105)  /* source or destination is not alive */
#define ENOTREADY (_SIGN 106)    /* source or destination is not ready */
#define EBADREQUEST (_SIGN 107)  /* destination cannot handle request */
#define ETRAPDENIED (_SIGN 110)  /* IPC trap not allowed */
#define EDONTREPLY (_SIGN 201)   /* pseudo-code: do not send a reply */
#define EBADEPT (_SIGN 301)      /* specified endpoint is bad */
#define EDEADEPT (_SIGN 302)     /* specified endpoint is not alive */

#endif
