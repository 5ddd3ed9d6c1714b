/*
 * pm.h: what the files of PM share: the process table (struct mproc, one per kernel slot, as
 * MINIX's mproc.h), the message being handled, and each handler's prototype. A handler returns
 * the reply's m_type (a result >= 0 or a negative error), or SUSPEND for no reply now
 * (EDONTREPLY for none ever, as after exit).
 */
#ifndef _PM_H
#define _PM_H

#include <errno.h>
#include <sys/types.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>

/* One process as PM sees it. */
struct mproc {
    int mp_flags;          /* IN_USE, EXITING, ... */
    endpoint_t mp_endpoint;
    pid_t mp_pid;
    int mp_parent;         /* the parent's slot */
    int mp_exitstatus;
    char mp_name[16];
};

#define IN_USE  0x01       /* the slot holds a process */
#define EXITING 0x02       /* it called exit and is being cleared */

extern struct mproc mproc[NR_PROCS];
extern struct mproc *mp;   /* the caller of the request being handled */
extern message m_in;       /* the request being handled */
extern int who_p;          /* the caller's slot */
extern pid_t next_pid;

/* table.c: the call vector */
typedef int (*pm_call_t)(void);
extern pm_call_t call_vec[NR_PM_CALLS];

/* main.c */
void reply(endpoint_t to, message *m);

/* misc.c */
int do_getpid(void);
int do_brk(void);
int no_sys(void);

/* exit.c */
int do_exit(void);

/* proc.c: the process table */
void proc_init(void);
struct mproc *proc_of(endpoint_t e);

#endif
