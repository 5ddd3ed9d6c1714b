/*
 * minix/sysinfo.h: getsysinfo(), a copy of a server's tables for programs such as ps (MINIX's
 * call of this name). Minnow's PM answers SI_PROC_TAB with one struct pm_procinfo per process
 * in use, in slot order, rather than its internal table, so that programs need not know it.
 * PM_GETSYSINFO's message: m1_i1 what (SI_PROC_TAB), m1_p1 the buffer, m1_i2 its size in
 * bytes; the reply is the number of entries copied (those that fit), or a negative error.
 */
#ifndef _MINIX_SYSINFO_H
#define _MINIX_SYSINFO_H

#include <sys/types.h>
#include <minix/endpoint.h>

#define SI_PROC_TAB 2   /* PM: the processes (MINIX's number) */

/* One process, as PM and the kernel see it. */
struct pm_procinfo {
    pid_t pid;
    pid_t ppid;            /* the parent's pid */
    endpoint_t endpoint;
    char state;            /* R ready or running, S blocked in IPC, W waiting for a child, Z zombie */
    char system;           /* 1 for a system process of the boot image, 0 for a user process */
    char name[16];         /* NUL-terminated */
};

/* Copies what (SI_PROC_TAB) from server who (PM_PROC_NR) into where (size bytes); returns
 * the number of entries copied, or -1 with errno set. */
int getsysinfo(endpoint_t who, int what, void *where, size_t size);

#endif
