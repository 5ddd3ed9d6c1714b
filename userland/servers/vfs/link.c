/*
 * link.c: the calls that make, remove and rename names (MINIX's servers/vfs/link.c and
 * open.c's mkdir), and chdir. Each looks up the parent directory of the path and lets mfs do
 * the work on the last part of the name.
 *   VFS_UNLINK, VFS_RMDIR, VFS_CHDIR  m1_p1 path, m1_i1 its length with the NUL
 *   VFS_MKDIR                         the same, and m1_i2 the mode
 *   VFS_LINK, VFS_RENAME              m1_p1 the existing name, m1_i1 its length,
 *                                     m1_p2 the new name, m1_i2 its length
 */
#include <minix/syslib.h>
#include "vfs.h"

/* The parent directory and last part of the caller's path at (user, len). */
static int parent_of(char *user, int len, u32_t *dir, char *last) {
    char path[PATH_MAX];
    int r = fetch_name(path, user, len);
    if (r != OK) {
        return r;
    }
    return lookup_parent(fp, path, dir, last);
}

int do_unlink(void) {
    u32_t dir;
    char last[MFS_NAME_MAX + 1];
    int r = parent_of(m_in.m1_p1, m_in.m1_i1, &dir, last);
    return r != OK ? r : mfs_unlink(dir, last);
}

int do_rmdir(void) {
    u32_t dir;
    char last[MFS_NAME_MAX + 1];
    int r = parent_of(m_in.m1_p1, m_in.m1_i1, &dir, last);
    return r != OK ? r : mfs_rmdir(dir, last);
}

int do_mkdir(void) {
    u32_t dir, ino;
    char last[MFS_NAME_MAX + 1];
    int r = parent_of(m_in.m1_p1, m_in.m1_i1, &dir, last);
    return r != OK ? r : mfs_mkdir(dir, last, (u32_t) m_in.m1_i2 & ALL_MODES, &ino);
}

int do_link(void) {
    char path[PATH_MAX];
    u32_t ino, dir;
    char last[MFS_NAME_MAX + 1];
    int r = fetch_name(path, m_in.m1_p1, m_in.m1_i1);
    if (r == OK) {
        r = lookup(fp, path, &ino);
    }
    if (r == OK) {
        r = parent_of(m_in.m1_p2, m_in.m1_i2, &dir, last);
    }
    return r != OK ? r : mfs_link(ino, dir, last);
}

int do_rename(void) {
    u32_t old_dir, new_dir;
    char old_last[MFS_NAME_MAX + 1], new_last[MFS_NAME_MAX + 1];
    int r = parent_of(m_in.m1_p1, m_in.m1_i1, &old_dir, old_last);
    if (r == OK) {
        r = parent_of(m_in.m1_p2, m_in.m1_i2, &new_dir, new_last);
    }
    return r != OK ? r : mfs_rename(old_dir, old_last, new_dir, new_last);
}

int do_chdir(void) {
    char path[PATH_MAX];
    u32_t ino;
    struct mfs_stat st;
    int r = fetch_name(path, m_in.m1_p1, m_in.m1_i1);
    if (r == OK) {
        r = lookup(fp, path, &ino);
    }
    if (r == OK) {
        r = mfs_stat(ino, &st);
    }
    if (r != OK) {
        return r;
    }
    if ((st.mode & I_TYPE) != I_DIRECTORY) {
        return ENOTDIR;
    }
    fp->fp_cwd = ino;
    return OK;
}
