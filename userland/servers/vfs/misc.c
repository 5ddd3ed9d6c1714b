/*
 * misc.c: the small calls: fstat, fcntl, dup (VFS_COPYFD), lseek, and the answer to calls VFS
 * does not have yet.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <minix/syslib.h>
#include "vfs.h"

/* m1_i1 fd, m1_p1 the caller's struct stat. */
int do_fstat(void) {
    struct filp *f = get_filp(fp, m_in.m1_i1);
    if (f == NULL) {
        return EBADF;
    }
    struct stat st;
    memset(&st, 0, sizeof(st));
    st.st_mode = S_IFCHR | 0620;
    st.st_rdev = f->filp_dev;
    st.st_nlink = 1;
    if (sys_vircopy(SELF, (vir_bytes) &st, fp->fp_endpoint, (vir_bytes) m_in.m1_p1, sizeof(st)) != OK) {
        return EFAULT;
    }
    return OK;
}

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

/* A terminal cannot seek (ESPIPE), as on UNIX. */
int do_lseek(void) {
    if (get_filp(fp, m_in.m2_i1) == NULL) {
        return EBADF;
    }
    return ESPIPE;
}

int no_sys(void) {
    return ENOSYS;
}
