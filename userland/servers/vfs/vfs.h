/*
 * vfs.h: what the files of VFS share (MINIX's servers/vfs: fproc.h, file.h, dmap.h, proto.h):
 * the per-process table of file descriptors, the table of open files (filp), the device map,
 * the request being handled, and each handler's prototype. A handler returns the reply's
 * m_type, or SUSPEND when the answer comes later (the caller waits for a driver).
 */
#ifndef _VFS_H
#define _VFS_H

#include <errno.h>
#include <sys/types.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/safecopies.h>

#define OPEN_MAX 20        /* descriptors per process */
#define NR_FILPS 64        /* open files in the whole system */
#define NR_DEVICES 16      /* major device numbers */
#define PATH_MAX 256

/* An open file: what a descriptor points at. Several descriptors may share one (dup, fork). */
struct filp {
    int filp_count;        /* descriptors pointing here; 0: free */
    int filp_mode;         /* O_RDONLY, O_WRONLY or O_RDWR */
    int filp_flags;        /* the other open flags */
    dev_t filp_dev;        /* a character device (the only kind of file until the file system comes) */
    off_t filp_pos;
};

/* A process as VFS sees it: its descriptors, and the call it waits in, if any. */
struct fproc {
    endpoint_t fp_endpoint;        /* NONE: the table of a process VFS has not met yet */
    struct filp *fp_filp[OPEN_MAX];
    int fp_blocked;                /* waiting for a driver's answer */
    int fp_call;                   /* the call that waits (VFS_OPEN, VFS_READ, ...) */
    int fp_fd;                     /* its descriptor */
    cp_grant_id_t fp_grant;        /* the grant the driver was given, or GRANT_INVALID */
};

/* The device map: which driver serves each major device number. */
struct dmap {
    endpoint_t dmap_driver;        /* NONE: no driver */
    const char *dmap_label;
};

extern struct fproc fproc[NR_PROCS];
extern struct filp filp[NR_FILPS];
extern struct dmap dmap[NR_DEVICES];
extern message m_in;
extern struct fproc *fp;           /* the caller of the request being handled */

/* table.c */
typedef int (*vfs_call_t)(void);
extern vfs_call_t call_vec[NR_VFS_CALLS];

/* main.c */
void reply(struct fproc *rfp, int result);

/* open.c */
int do_open(void);
int do_close(void);
int get_fd(struct fproc *rfp, int from);
struct filp *get_filp(struct fproc *rfp, int fd);
void free_fd(struct fproc *rfp, int fd);

/* read.c */
int do_read(void);
int do_write(void);

/* device.c */
void dmap_init(void);
int is_driver(endpoint_t e);
int cdev_io(int op, dev_t dev, struct fproc *rfp, vir_bytes buf, size_t count, int flags);
void cdev_reply(message *m);
void cdev_cancel(dev_t dev, struct fproc *rfp);

/* pm.c */
void pm_request(void);

/* misc.c */
int do_fcntl(void);
int do_fstat(void);
int do_copyfd(void);
int do_lseek(void);
int no_sys(void);

#endif
