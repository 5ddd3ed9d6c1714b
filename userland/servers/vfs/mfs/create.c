/*
 * create.c: making new names. new_node takes a free inode and enters it in a directory; a new
 * directory also gets its "." and ".." entries, and its parent one more link for the "..".
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

/* Makes an inode of `mode` named `name` in directory `dir`; returns it held in *res. */
static int new_node(u32_t dir, const char *name, u16_t mode, struct inode **res)
{
    struct inode *dirp, *ip;
    u32_t ino;
    int r;

    if (!sb.s_mounted) return ERR(EINVAL);
    if ((r = check_name(name)) < 0) return r;
    if ((dirp = get_inode(dir)) == NULL) return ERR(EINVAL);
    if ((dirp->i_mode & I_TYPE) != I_DIRECTORY) { put_inode(dirp); return ERR(ENOTDIR); }
    if (dirp->i_nlinks == 0) { put_inode(dirp); return ERR(ENOENT); }   /* removed, still open */
    r = search_dir(dirp, name, &ino, LOOK_UP);
    if (r == 0) r = ERR(EEXIST);
    if (r != ERR(ENOENT)) { put_inode(dirp); return r; }

    if ((ip = alloc_inode(mode, &r)) == NULL) { put_inode(dirp); return r; }
    ip->i_nlinks = 1;
    ino = ip->i_num;
    if ((r = search_dir(dirp, name, &ino, ENTER)) < 0) {
        ip->i_nlinks = 0;                /* put_inode frees it again */
        put_inode(ip);
        put_inode(dirp);
        return r;
    }
    put_inode(dirp);
    *res = ip;
    return 0;
}

int mfs_create(u32_t dir, const char *name, u32_t mode, u32_t *ino)
{
    struct inode *ip;
    int r = new_node(dir, name, (u16_t)(I_REGULAR | (mode & ALL_MODES)), &ip);
    if (r < 0) return r;
    *ino = ip->i_num;
    return put_inode(ip);
}

int mfs_mkdir(u32_t dir, const char *name, u32_t mode, u32_t *ino)
{
    struct inode *ip, *dirp;
    u32_t self, parent = dir;
    int r;

    if ((dirp = get_inode(dir)) == NULL) return ERR(EINVAL);
    if (dirp->i_nlinks >= MFS_LINK_MAX) { put_inode(dirp); return ERR(EMLINK); }
    if ((r = new_node(dir, name, (u16_t)(I_DIRECTORY | (mode & ALL_MODES)), &ip)) < 0) {
        put_inode(dirp);
        return r;
    }
    self = ip->i_num;
    r = search_dir(ip, ".", &self, ENTER);
    if (r == 0) r = search_dir(ip, "..", &parent, ENTER);
    if (r < 0) {
        /* no room for the entries: take the name away again */
        u32_t gone;
        search_dir(dirp, name, &gone, DELETE);
        ip->i_nlinks = 0;
        put_inode(ip);
        put_inode(dirp);
        return r;
    }
    ip->i_nlinks = 2;                    /* its name in dir, and its "." */
    mark_inode_dirty(ip);
    dirp->i_nlinks++;                    /* its ".." */
    dirp->i_ctime = now();
    mark_inode_dirty(dirp);
    *ino = self;
    put_inode(ip);
    return put_inode(dirp);
}
