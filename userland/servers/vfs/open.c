/*
 * open.c: opening and closing (MINIX's servers/vfs/open.c), and the descriptor helpers. Until
 * the file system is in, the only names are the console's: /dev/console and /dev/tty. Opening
 * a device asks its driver (CDEV_OPEN); the descriptor is the caller's once the driver agrees.
 */
#include <fcntl.h>
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

struct filp filp[NR_FILPS];

/* The device names VFS knows before there is a file system. */
static const struct { const char *name; dev_t dev; } dev_names[] = {
    {"/dev/console", makedev(TTY_MAJOR, 0)},
    {"/dev/tty", makedev(TTY_MAJOR, 0)},
};

/* The lowest free descriptor from 'from' on, or EMFILE. */
int get_fd(struct fproc *rfp, int from) {
    for (int fd = from; fd < OPEN_MAX; fd++) {
        if (rfp->fp_filp[fd] == NULL) {
            return fd;
        }
    }
    return EMFILE;
}

/* The open file behind fd, or NULL when fd is not open. */
struct filp *get_filp(struct fproc *rfp, int fd) {
    if (fd < 0 || fd >= OPEN_MAX) {
        return NULL;
    }
    return rfp->fp_filp[fd];
}

/* Drops the descriptor and, with its last one, the open file. */
void free_fd(struct fproc *rfp, int fd) {
    struct filp *f = rfp->fp_filp[fd];
    rfp->fp_filp[fd] = NULL;
    if (f != NULL && --f->filp_count == 0) {
        memset(f, 0, sizeof(*f));
    }
}

static struct filp *new_filp(void) {
    for (int i = 0; i < NR_FILPS; i++) {
        if (filp[i].filp_count == 0) {
            return &filp[i];
        }
    }
    return NULL;
}

/* Copies the caller's path (m1_p1, m1_i1 bytes with the NUL) into path. */
static int fetch_path(char *path) {
    int len = m_in.m1_i1;
    if (len <= 0 || len > PATH_MAX) {
        return len <= 0 ? EINVAL : ENAMETOOLONG;
    }
    int r = sys_vircopy(fp->fp_endpoint, (vir_bytes) m_in.m1_p1, SELF, (vir_bytes) path, len);
    if (r != OK) {
        return EFAULT;
    }
    path[len - 1] = '\0';
    return OK;
}

/* m1_p1 path, m1_i1 its length, m1_i2 flags; reply: the new descriptor. */
int do_open(void) {
    char path[PATH_MAX];
    int r = fetch_path(path);
    if (r != OK) {
        return r;
    }
    dev_t dev = 0;
    int found = 0;
    for (unsigned i = 0; i < sizeof(dev_names) / sizeof(dev_names[0]); i++) {
        if (strcmp(path, dev_names[i].name) == 0) {
            dev = dev_names[i].dev;
            found = 1;
        }
    }
    if (!found) {
        return ENOENT;
    }
    int fd = get_fd(fp, 0);
    if (fd < 0) {
        return fd;
    }
    struct filp *f = new_filp();
    if (f == NULL) {
        return ENFILE;
    }
    f->filp_count = 1;
    f->filp_mode = m_in.m1_i2 & O_ACCMODE;
    f->filp_flags = m_in.m1_i2 & ~O_ACCMODE;
    f->filp_dev = dev;
    f->filp_pos = 0;
    fp->fp_filp[fd] = f;
    int access = (f->filp_mode != O_WRONLY ? CDEV_R_BIT : 0) | (f->filp_mode != O_RDONLY ? CDEV_W_BIT : 0);
    r = cdev_io(CDEV_OPEN, dev, fp, 0, 0, access);
    if (r == SUSPEND) {
        fp->fp_call = VFS_OPEN;
        fp->fp_fd = fd;
        return SUSPEND;
    }
    free_fd(fp, fd);
    return r;
}

/* m1_i1 fd. The driver hears of the close of the last descriptor of an open file. */
int do_close(void) {
    int fd = m_in.m1_i1;
    struct filp *f = get_filp(fp, fd);
    if (f == NULL) {
        return EBADF;
    }
    int last = f->filp_count == 1;
    dev_t dev = f->filp_dev;
    free_fd(fp, fd);
    if (last) {
        int r = cdev_io(CDEV_CLOSE, dev, fp, 0, 0, 0);
        if (r == SUSPEND) {
            fp->fp_call = VFS_CLOSE;
            fp->fp_fd = fd;
        }
        return r;
    }
    return OK;
}
