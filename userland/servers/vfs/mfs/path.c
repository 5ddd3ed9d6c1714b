/*
 * path.c: path lookup. A path is taken apart at '/' and each part looked up in the directory
 * the previous part named, from `dir` or, for a path starting with '/', from the root. "." and
 * ".." need no special case: every directory has entries by those names.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

/* Sets *ino to the inode `path` names from directory `dir`. */
int lookup_in(u32_t dir, const char *path, u32_t *ino)
{
    char part[MFS_NAME_MAX + 1];
    u32_t cur = path[0] == '/' ? MFS_ROOT_INO : dir;
    const char *p = path;

    while (*p != '\0') {
        struct inode *dirp;
        size_t len;
        u32_t next;
        int r;

        while (*p == '/') p++;
        if (*p == '\0') break;
        len = strcspn(p, "/");
        if (len > MFS_NAME_MAX) return ERR(ENAMETOOLONG);
        memcpy(part, p, len);
        part[len] = '\0';
        p += len;

        dirp = get_inode(cur);
        if (dirp == NULL) return ERR(EIO);
        if (dirp->i_mode == 0) {
            put_inode(dirp);
            return ERR(ENOENT);
        }
        r = search_dir(dirp, part, &next, LOOK_UP);
        put_inode(dirp);
        if (r < 0) return r;
        cur = next;
    }
    *ino = cur;
    return 0;
}

int mfs_lookup(u32_t dir, const char *path, u32_t *ino)
{
    if (!sb.s_mounted) return ERR(EINVAL);
    return lookup_in(dir, path, ino);
}
