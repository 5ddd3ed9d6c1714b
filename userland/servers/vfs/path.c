/*
 * path.c: paths from the caller (MINIX's servers/vfs/path.c). A path is copied from the
 * caller's memory, then looked up by mfs from the root (a path starting with '/') or from the
 * caller's working directory. Calls that make or remove a name look up the parent directory
 * and keep the last part of the path for themselves.
 */
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

/* Copies the caller's path (len bytes with the NUL, at user_path) into path. */
int fetch_name(char *path, char *user_path, int len) {
    if (len <= 0 || len > PATH_MAX) {
        return len <= 0 ? EINVAL : ENAMETOOLONG;
    }
    if (sys_vircopy(fp->fp_endpoint, (vir_bytes) user_path, SELF, (vir_bytes) path, len) != OK) {
        return EFAULT;
    }
    path[len - 1] = '\0';
    return path[0] == '\0' ? ENOENT : OK;
}

static u32_t start_dir(struct fproc *rfp) {
    return rfp->fp_cwd != 0 ? rfp->fp_cwd : MFS_ROOT_INO;
}

/* The inode that path names, for rfp. */
int lookup(struct fproc *rfp, const char *path, u32_t *ino) {
    if (!root_mounted) {
        return ENOENT;
    }
    return mfs_lookup(start_dir(rfp), path, ino);
}

/*
 * The directory that would hold path's last part (*dir) and that part (last, at most
 * MFS_NAME_MAX bytes). Trailing slashes are ignored; "/" alone has no last part (EINVAL).
 */
int lookup_parent(struct fproc *rfp, const char *path, u32_t *dir, char *last) {
    if (!root_mounted) {
        return ENOENT;
    }
    char copy[PATH_MAX];
    strcpy(copy, path);
    int n = (int) strlen(copy);
    while (n > 1 && copy[n - 1] == '/') {
        copy[--n] = '\0';
    }
    char *slash = strrchr(copy, '/');
    const char *name = slash == NULL ? copy : slash + 1;
    if (name[0] == '\0' || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
        return EINVAL;
    }
    if (strlen(name) > MFS_NAME_MAX) {
        return ENAMETOOLONG;
    }
    strcpy(last, name);
    if (slash == NULL) {
        *dir = start_dir(rfp);
        return OK;
    }
    if (slash == copy) {
        *dir = MFS_ROOT_INO;
        return OK;
    }
    *slash = '\0';
    int r = mfs_lookup(start_dir(rfp), copy, dir);
    if (r != OK) {
        return r;
    }
    struct mfs_stat st;
    r = mfs_stat(*dir, &st);
    if (r != OK) {
        return r;
    }
    return (st.mode & I_TYPE) == I_DIRECTORY ? OK : ENOTDIR;
}
