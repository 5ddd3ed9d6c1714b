/*
 * sys/types.h: the basic system types (POSIX), as MINIX 3 sizes them for a 32-bit machine.
 */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stdint.h>

#ifndef __MINNOW_SIZE_T
#define __MINNOW_SIZE_T
typedef unsigned int size_t;
#endif

typedef int ssize_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef long long off_t;
typedef unsigned int dev_t;
typedef unsigned long long ino_t;
typedef unsigned int nlink_t;
typedef long long time_t;
typedef unsigned int clock_t;
typedef long long blkcnt_t;
typedef int blksize_t;

/* MINIX's own: an endpoint names a process for IPC (see minix/endpoint.h). */
typedef int endpoint_t;
typedef unsigned int vir_bytes;
typedef unsigned int phys_bytes;

#endif
