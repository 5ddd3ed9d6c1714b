/*
 * read.c: read and write (MINIX's servers/vfs/read.c). The data goes straight between the
 * caller's buffer and the driver: VFS gives the driver a magic grant of the caller's memory,
 * and the caller waits until the driver answers.
 */
#include <fcntl.h>
#include "vfs.h"

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
