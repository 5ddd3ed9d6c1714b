/*
 * open.c: opening and closing (MINIX's servers/vfs/open.c), and the descriptor helpers. A path
 * names a file on the root file system (O_CREAT makes it, O_EXCL insists on that, O_TRUNC
 * empties it); a character-device inode leads to its driver (CDEV_OPEN), and the descriptor is
 * the caller's once the driver agrees. /dev/console and /dev/tty are known even without a disk.
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

int mfs_busy;
static u32_t pending_puts[NR_FILPS];
static int nr_pending_puts;

/* The inodes whose mfs_put had to wait (mfs_busy) are let go of now. */
void put_pending_inodes(void) {
    while (nr_pending_puts > 0) {
        mfs_put(pending_puts[--nr_pending_puts]);
    }
}

/* The last descriptor of an open file went: let go of its inode (later, if mfs is busy). */
void release_filp(struct filp *f) {
    if (f->filp_type == FILP_PIPE) {
        pipe_release(f);
    }
    if (f->filp_ino != 0 && mfs_busy && nr_pending_puts < NR_FILPS) {
        pending_puts[nr_pending_puts++] = f->filp_ino;
    } else if (f->filp_ino != 0) {
        mfs_put(f->filp_ino);
    }
    memset(f, 0, sizeof(*f));
}

/* Drops the descriptor and, with its last one, the open file. */
void free_fd(struct fproc *rfp, int fd) {
    struct filp *f = rfp->fp_filp[fd];
    rfp->fp_filp[fd] = NULL;
    if (f != NULL && --f->filp_count == 0) {
        release_filp(f);
    }
}

/* A free entry of the table of open files, or NULL. */
struct filp *new_filp(void) {
    for (int i = 0; i < NR_FILPS; i++) {
        if (filp[i].filp_count == 0) {
            return &filp[i];
        }
    }
    return NULL;
}

/* The device VFS names itself when there is no root file system (the console's names). */
static int builtin_device(const char *path, dev_t *dev) {
    for (unsigned i = 0; i < sizeof(dev_names) / sizeof(dev_names[0]); i++) {
        if (strcmp(path, dev_names[i].name) == 0) {
            *dev = dev_names[i].dev;
            return OK;
        }
    }
    return ENOENT;
}

/* Finds (or with O_CREAT makes) the file of path; *ino is held with mfs_get on success. */
static int open_inode(const char *path, int flags, int mode, u32_t *ino) {
    int r = lookup(fp, path, ino);
    if (r == OK && (flags & O_CREAT) && (flags & O_EXCL)) {
        return EEXIST;
    }
    if (r == ENOENT && (flags & O_CREAT)) {
        u32_t dir;
        char last[MFS_NAME_MAX + 1];
        r = lookup_parent(fp, path, &dir, last);
        if (r == OK) {
            r = mfs_create(dir, last, (u32_t) mode & ALL_MODES, ino);
        }
    }
    if (r != OK) {
        return r;
    }
    struct mfs_stat st;
    r = mfs_stat(*ino, &st);
    if (r != OK) {
        return r;
    }
    u32_t type = st.mode & I_TYPE;
    if (type == I_DIRECTORY && (flags & O_ACCMODE) != O_RDONLY) {
        return EISDIR;
    }
    r = mfs_get(*ino);
    if (r != OK) {
        return r;
    }
    if (type == I_REGULAR && (flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY) {
        r = mfs_truncate(*ino, 0);
        if (r != OK) {
            mfs_put(*ino);
            return r;
        }
    }
    return OK;
}

/* m1_p1 path, m1_i1 its length, m1_i2 flags, m1_i3 mode (with O_CREAT); reply: the new descriptor. */
int do_open(void) {
    char path[PATH_MAX];
    int flags = m_in.m1_i2;
    int r = fetch_name(path, m_in.m1_p1, m_in.m1_i1);
    if (r != OK) {
        return r;
    }
    int fd = get_fd(fp, 0);
    if (fd < 0) {
        return fd;
    }
    struct filp *f = new_filp();
    if (f == NULL) {
        return ENFILE;
    }
    dev_t dev = 0;
    u32_t ino = 0;
    int type = FILP_CDEV;
    if (!root_mounted || builtin_device(path, &dev) == OK) {
        r = builtin_device(path, &dev);
    } else {
        r = open_inode(path, flags, m_in.m1_i3, &ino);
        if (r == OK) {
            struct mfs_stat st;
            mfs_stat(ino, &st);
            if ((st.mode & I_TYPE) == I_CHAR_SPECIAL) {
                dev = (dev_t) st.rdev;
            } else if ((st.mode & I_TYPE) == I_BLOCK_SPECIAL) {
                dev = (dev_t) st.rdev;
                type = FILP_BDEV;
                r = bdev_open(dev, flags & O_ACCMODE);
                if (r != OK) {
                    mfs_put(ino);
                }
            } else if ((st.mode & I_TYPE) == I_REGULAR || (st.mode & I_TYPE) == I_DIRECTORY) {
                type = FILP_FILE;
            } else {
                mfs_put(ino);
                r = ENXIO;
            }
        }
    }
    if (r != OK) {
        return r;
    }
    f->filp_count = 1;
    f->filp_mode = flags & O_ACCMODE;
    f->filp_flags = flags & ~(O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC);
    f->filp_type = type;
    f->filp_dev = dev;
    f->filp_ino = ino;
    f->filp_pos = 0;
    fp->fp_filp[fd] = f;
    if (type != FILP_CDEV) {
        return fd;
    }
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

/* m1_i1 fd. A driver hears of the close of the last descriptor of an open device. */
int do_close(void) {
    int fd = m_in.m1_i1;
    struct filp *f = get_filp(fp, fd);
    if (f == NULL) {
        return EBADF;
    }
    int last = f->filp_count == 1;
    int device = f->filp_type == FILP_CDEV;
    int block = f->filp_type == FILP_BDEV;
    dev_t dev = f->filp_dev;
    free_fd(fp, fd);
    if (last && block) {
        return bdev_close(dev);
    }
    if (last && device) {
        int r = cdev_io(CDEV_CLOSE, dev, fp, 0, 0, 0);
        if (r == SUSPEND) {
            fp->fp_call = VFS_CLOSE;
            fp->fp_fd = fd;
        }
        return r;
    }
    return OK;
}
