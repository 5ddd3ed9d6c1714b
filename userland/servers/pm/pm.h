/*
 * pm.h: what the files of PM share: the process table (struct mproc, one per kernel slot, as
 * MINIX's mproc.h), the message being handled, and each handler's prototype. A handler returns
 * the reply's m_type (a result >= 0 or a negative error), or SUSPEND for no reply now
 * (EDONTREPLY for none ever, as after exit).
 */
#ifndef _PM_H
#define _PM_H

#include <errno.h>
#include <signal.h>
#include <sys/types.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>

#define EXEC_PATH_MAX 256
#define EXEC_ARGS_MAX 1024           /* as libc's execve packs them */

/* One process as PM sees it. */
struct mproc {
    int mp_flags;          /* IN_USE, ZOMBIE, WAITING, PRIV_PROC */
    endpoint_t mp_endpoint;
    pid_t mp_pid;
    int mp_parent;         /* the parent's slot */
    int mp_status;         /* a zombie's wait status: exit code << 8 | signal */
    pid_t mp_wpid;         /* WAITING: the pid waited for (-1: any child) */
    int mp_exec_seq;       /* EXEC_WAIT: its turn (lower goes first) */
    int mp_exec_args_len;  /* EXEC_WAIT: the arguments' length */
    char mp_exec_path[EXEC_PATH_MAX];  /* EXEC_WAIT: the program to run */
    char mp_exec_args[EXEC_ARGS_MAX];  /* EXEC_WAIT: its arguments ("a\0b\0\0") */
    vir_bytes mp_sigact[_NSIG + 1];    /* each signal's action: SIG_DFL, SIG_IGN or a handler */
    vir_bytes mp_sigreturn;            /* libc's trampoline that a handler returns to */
};

#define IN_USE    0x01     /* the slot holds a process (alive, or a zombie) */
#define ZOMBIE    0x02     /* it has ended; its parent has not waited for it yet */
#define WAITING   0x04     /* it waits in wait/waitpid */
#define PRIV_PROC 0x08     /* a system service of the boot image: not PM's to fork or kill */
#define EXEC_WAIT 0x10     /* it waits in exec while VFS reads the program (exec.c) */

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

/* forkexit.c */
int do_fork(void);
int do_exit(void);
int do_waitpid(void);
void exit_proc(struct mproc *rmp, int status);
void tell_vfs(int type, endpoint_t a, endpoint_t b);
/* service.c: RS's calls */
int do_srv_fork(void);
int do_srv_kill(void);

/* signal.c */
int do_kill(void);
int do_sigaction(void);
int do_sigreturn(void);
void sig_exec_reset(struct mproc *rmp);
void ksig_pending(void);

/* exec.c */
int do_exec(void);
void exec_reply(message *m);
void exec_stash(message *m);
void exec_stashed(void);

/* sysinfo.c */
int do_getsysinfo(void);

/* proc.c: the process table */
void proc_init(void);
struct mproc *proc_of(endpoint_t e);
struct mproc *proc_by_pid(pid_t pid);
int free_slot(void);

#endif
