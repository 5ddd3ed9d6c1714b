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
#include <sys/stat.h>
#include <fcntl.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/safecopies.h>
#include "mfs/mfs.h"

#define OPEN_MAX 20        /* descriptors per process */
#define NR_FILPS 64        /* open files in the whole system */
#define NR_DEVICES 16      /* major device numbers */
#define PATH_MAX 256

/* What an open file is. */
#define FILP_CDEV 0        /* a character device: requests go to its driver */
#define FILP_FILE 1        /* a regular file or a directory on the root file system */
#define FILP_BDEV 2        /* a block device: requests go to its driver, one SENDREC each */
#define FILP_PIPE 3        /* an end of a pipe (pipe.c) */

/* An open file: what a descriptor points at. Several descriptors may share one (dup, fork). */
struct filp {
    int filp_count;        /* descriptors pointing here; 0: free */
    int filp_mode;         /* O_RDONLY, O_WRONLY or O_RDWR */
    int filp_flags;        /* the other open flags */
    int filp_type;         /* FILP_CDEV or FILP_FILE */
    dev_t filp_dev;        /* FILP_CDEV: the device */
    u32_t filp_ino;        /* the inode (held with mfs_get), or 0 for a device VFS named itself */
    int filp_pipe;         /* FILP_PIPE: which pipe */
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
    u32_t fp_cwd;                  /* the working directory's inode; 0: the root */
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
void defer_request(message *m);

/* open.c */
int do_open(void);
int do_close(void);
int get_fd(struct fproc *rfp, int from);
struct filp *get_filp(struct fproc *rfp, int fd);
void free_fd(struct fproc *rfp, int fd);
struct filp *new_filp(void);

/* path.c: the caller's paths, looked up on the root file system */
int fetch_name(char *path, char *user_path, int len);
int lookup(struct fproc *rfp, const char *path, u32_t *ino);
int lookup_parent(struct fproc *rfp, const char *path, u32_t *dir, char *last);

/* bdev.c: the root file system on the disk driver */
extern int root_mounted;
void mount_root(void);
endpoint_t ds_driver_news(void);
void driver_changed(endpoint_t who);
int do_sync(void);

/* link.c */
int do_unlink(void);
int do_rmdir(void);
int do_mkdir(void);
int do_link(void);
int do_rename(void);
int do_chdir(void);

/* stat.c */
int do_stat(void);
int do_getdents(void);
void fill_stat(struct mfs_stat *ms, struct stat *st);

/* blockdev.c */
int bdev_open(dev_t dev, int mode);
int bdev_close(dev_t dev);
int bdev_io(struct filp *f, int write, vir_bytes buf, int count);

/* pipe.c */
int do_pipe2(void);
int pipe_io(struct filp *f, int write, vir_bytes buf, int count);
void pipe_release(struct filp *f);
void pipe_cancel(struct fproc *rfp);

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

/* exec.c */
void pm_exec(void);

/* filp release (open.c): the last descriptor of an open file went */
extern int mfs_busy;               /* inside an mfs call that waits for a restarted driver */
void release_filp(struct filp *f);
void put_pending_inodes(void);

/* misc.c */
int do_fcntl(void);
int do_fstat(void);
int do_copyfd(void);
int do_lseek(void);
int no_sys(void);

#endif
