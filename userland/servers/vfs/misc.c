/*
 * misc.c: the small calls: fcntl, dup (VFS_COPYFD), lseek, and the answer to calls VFS does
 * not have.
 */
#include <fcntl.h>
#include <unistd.h>
#include <string.h>
#include <sys/stat.h>
#include <minix/syslib.h>
#include "vfs.h"

/* m1_i1 fd, m1_i2 request, m1_i3 argument. */
int do_fcntl(void) {
    int fd = m_in.m1_i1;
    struct filp *f = get_filp(fp, fd);
    if (f == NULL) {
        return EBADF;
    }
    switch (m_in.m1_i2) {
        case F_DUPFD: {
            int nfd = get_fd(fp, m_in.m1_i3);
            if (nfd < 0) {
                return nfd;
            }
            fp->fp_filp[nfd] = f;
            f->filp_count++;
            return nfd;
        }
        case F_GETFD:
        case F_SETFD:
            return 0;
        case F_GETFL:
            return f->filp_mode | f->filp_flags;
        case F_SETFL:
            f->filp_flags = (f->filp_flags & ~(O_NONBLOCK | O_APPEND)) | (m_in.m1_i3 & (O_NONBLOCK | O_APPEND));
            return 0;
        default:
            return EINVAL;
    }
}

/* m1_i1 fd, m1_i2 the wanted descriptor (-1: the lowest free); an open one is closed first. */
int do_copyfd(void) {
    struct filp *f = get_filp(fp, m_in.m1_i1);
    int want = m_in.m1_i2;
    if (f == NULL || want >= OPEN_MAX || want < -1) {
        return EBADF;
    }
    if (want == m_in.m1_i1) {
        return want;
    }
    int nfd = want;
    if (want < 0) {
        nfd = get_fd(fp, 0);
        if (nfd < 0) {
            return nfd;
        }
    } else if (fp->fp_filp[want] != NULL) {
        free_fd(fp, want);
    }
    fp->fp_filp[nfd] = f;
    f->filp_count++;
    return nfd;
}

/* m2_i1 fd, m2_ll1 offset, m2_i2 whence; reply: OK and the new position in m2_ll1.
 * A character device cannot seek (ESPIPE), as a terminal on UNIX; a block device seeks from
 * its start or the position only. */
int do_lseek(void) {
    struct filp *f = get_filp(fp, m_in.m2_i1);
    if (f == NULL) {
        return EBADF;
    }
    if (f->filp_type == FILP_CDEV || f->filp_type == FILP_PIPE) {
        return ESPIPE;
    }
    off_t base;
    struct mfs_stat st;
    switch (m_in.m2_i2) {
        case SEEK_SET:
            base = 0;
            break;
        case SEEK_CUR:
            base = f->filp_pos;
            break;
        case SEEK_END:
            if (f->filp_type != FILP_FILE || mfs_stat(f->filp_ino, &st) != OK) {
                return EIO;
            }
            base = st.size;
            break;
        default:
            return EINVAL;
    }
    off_t pos = base + m_in.m2_ll1;
    if (pos < 0 || pos > 0x7fffffff) {
        return EINVAL;
    }
    f->filp_pos = pos;
    m_in.m2_ll1 = pos;
    return OK;
}

int no_sys(void) {
    return ENOSYS;
}
