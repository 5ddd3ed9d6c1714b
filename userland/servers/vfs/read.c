/*
 * read.c: read and write (MINIX's servers/vfs/read.c). For a device the data goes straight
 * between the caller's buffer and the driver: VFS gives the driver a magic grant of the
 * caller's memory, and the caller waits until the driver answers. For a file on the root file
 * system VFS moves the data itself, a chunk at a time, between mfs and the caller.
 */
#include <fcntl.h>
#include <minix/syslib.h>
#include "vfs.h"

#define CHUNK 4096

static char chunk[CHUNK];

/* A regular file's bytes from or to the caller's buffer at the file's position. */
static int file_io(struct filp *f, int write, vir_bytes buf, int count) {
    struct mfs_stat st;
    int r = mfs_stat(f->filp_ino, &st);
    if (r != OK) {
        return r;
    }
    if ((st.mode & I_TYPE) == I_DIRECTORY) {
        return EISDIR;
    }
    if (write && (f->filp_flags & O_APPEND)) {
        f->filp_pos = st.size;
    }
    int done = 0;
    while (done < count) {
        int n = count - done < CHUNK ? count - done : CHUNK;
        if (write) {
            if (sys_vircopy(fp->fp_endpoint, buf + done, SELF, (vir_bytes) chunk, n) != OK) {
                r = EFAULT;
                break;
            }
            r = mfs_write(f->filp_ino, (u32_t) f->filp_pos, chunk, (u32_t) n);
        } else {
            r = mfs_read(f->filp_ino, (u32_t) f->filp_pos, chunk, (u32_t) n);
            if (r > 0 && sys_vircopy(SELF, (vir_bytes) chunk, fp->fp_endpoint, buf + done, r) != OK) {
                r = EFAULT;
            }
        }
        if (r <= 0) {
            break;
        }
        f->filp_pos += r;
        done += r;
        if (r < n) {
            break;
        }
    }
    return done > 0 ? done : r;
}

/* m1_i1 fd, m1_p1 buffer, m1_i2 count; reply: bytes moved. */
static int read_write(int op) {
    int fd = m_in.m1_i1;
    int count = m_in.m1_i2;
    struct filp *f = get_filp(fp, fd);
    if (f == NULL) {
        return EBADF;
    }
    if ((op == CDEV_READ && f->filp_mode == O_WRONLY) || (op == CDEV_WRITE && f->filp_mode == O_RDONLY)) {
        return EBADF;
    }
    if (count < 0) {
        return EINVAL;
    }
    if (count == 0) {
        return 0;
    }
    if (f->filp_type == FILP_FILE) {
        return file_io(f, op == CDEV_WRITE, (vir_bytes) m_in.m1_p1, count);
    }
    if (f->filp_type == FILP_PIPE) {
        int r = pipe_io(f, op == CDEV_WRITE, (vir_bytes) m_in.m1_p1, count);
        if (r == SUSPEND) {
            fp->fp_call = op == CDEV_READ ? VFS_READ : VFS_WRITE;
            fp->fp_fd = fd;
        }
        return r;
    }
    if (f->filp_type == FILP_BDEV) {
        return bdev_io(f, op == CDEV_WRITE, (vir_bytes) m_in.m1_p1, count);
    }
    int flags = (f->filp_flags & O_NONBLOCK) ? CDEV_NONBLOCK : 0;
    int r = cdev_io(op, f->filp_dev, fp, (vir_bytes) m_in.m1_p1, (size_t) count, flags);
    if (r == SUSPEND) {
        fp->fp_call = op == CDEV_READ ? VFS_READ : VFS_WRITE;
        fp->fp_fd = fd;
    }
    return r;
}

int do_read(void) {
    return read_write(CDEV_READ);
}

int do_write(void) {
    return read_write(CDEV_WRITE);
}
