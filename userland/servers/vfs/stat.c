/*
 * stat.c: what VFS tells about files (MINIX's servers/vfs/stadir.c and the getdents of
 * read.c): stat, fstat and getdents.
 */
#include <dirent.h>
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

/* The POSIX view of what mfs reports. */
void fill_stat(struct mfs_stat *ms, struct stat *st) {
    memset(st, 0, sizeof(*st));
    st->st_dev = makedev(VIRTIO_BLK_MAJOR, 0);
    st->st_ino = ms->ino;
    st->st_mode = ms->mode;
    st->st_nlink = ms->nlinks;
    st->st_uid = ms->uid;
    st->st_gid = ms->gid;
    st->st_rdev = ms->rdev;
    st->st_size = ms->size;
    st->st_atime = ms->atime;
    st->st_mtime = ms->mtime;
    st->st_ctime = ms->ctime;
    st->st_blksize = mfs_block_size;
    st->st_blocks = (ms->size + 511) / 512;
}

static int copy_stat_out(struct stat *st, char *user) {
    if (sys_vircopy(SELF, (vir_bytes) st, fp->fp_endpoint, (vir_bytes) user, sizeof(*st)) != OK) {
        return EFAULT;
    }
    return OK;
}

/* m1_p1 path, m1_i1 its length, m1_p2 the caller's struct stat. */
int do_stat(void) {
    char path[PATH_MAX];
    int r = fetch_name(path, m_in.m1_p1, m_in.m1_i1);
    u32_t ino;
    if (r == OK) {
        r = lookup(fp, path, &ino);
    }
    struct mfs_stat ms;
    if (r == OK) {
        r = mfs_stat(ino, &ms);
    }
    if (r != OK) {
        return r;
    }
    struct stat st;
    fill_stat(&ms, &st);
    return copy_stat_out(&st, m_in.m1_p2);
}

/* m1_i1 fd, m1_p1 the caller's struct stat. A device VFS named itself is a character device. */
int do_fstat(void) {
    struct filp *f = get_filp(fp, m_in.m1_i1);
    if (f == NULL) {
        return EBADF;
    }
    struct stat st;
    struct mfs_stat ms;
    if (f->filp_ino != 0 && mfs_stat(f->filp_ino, &ms) == OK) {
        fill_stat(&ms, &st);
    } else if (f->filp_type == FILP_PIPE) {
        memset(&st, 0, sizeof(st));
        st.st_mode = S_IFIFO | 0600;
        st.st_nlink = 1;
    } else {
        memset(&st, 0, sizeof(st));
        st.st_mode = S_IFCHR | 0620;
        st.st_rdev = f->filp_dev;
        st.st_nlink = 1;
    }
    return copy_stat_out(&st, m_in.m1_p1);
}

/* m1_i1 fd, m1_p1 buffer, m1_i2 its size; reply: bytes of whole records (0 at the end). */
int do_getdents(void) {
    struct filp *f = get_filp(fp, m_in.m1_i1);
    if (f == NULL) {
        return EBADF;
    }
    struct mfs_stat ms;
    if (f->filp_type != FILP_FILE || mfs_stat(f->filp_ino, &ms) != OK || (ms.mode & I_TYPE) != I_DIRECTORY) {
        return ENOTDIR;
    }
    int size = m_in.m1_i2;
    if (size < (int) sizeof(struct dirent)) {
        return EINVAL;
    }
    int done = 0;
    while (done + (int) sizeof(struct dirent) <= size) {
        u32_t pos = (u32_t) f->filp_pos;
        u32_t ino;
        char name[MFS_NAME_MAX + 1];
        int r = mfs_readdir(f->filp_ino, &pos, &ino, name);
        if (r < 0) {
            return done > 0 ? done : r;
        }
        if (r == 0) {
            break;
        }
        struct dirent d;
        memset(&d, 0, sizeof(d));
        d.d_ino = ino;
        d.d_reclen = sizeof(d);
        d.d_type = DT_UNKNOWN;
        d.d_namlen = (unsigned char) strlen(name);
        strcpy(d.d_name, name);
        if (sys_vircopy(SELF, (vir_bytes) &d, fp->fp_endpoint, (vir_bytes) m_in.m1_p1 + done, sizeof(d)) != OK) {
            return EFAULT;
        }
        done += sizeof(d);
        f->filp_pos = pos;
    }
    return done;
}
