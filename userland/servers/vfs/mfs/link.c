/*
 * link.c: adding and removing names of existing inodes: link, unlink, rmdir and rename. The
 * inode goes when its last link goes and nobody holds it (put_inode sees to that).
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

static int is_dot(const char *name)
{
    return strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
}

static int is_dir(struct inode *ip)
{
    return (ip->i_mode & I_TYPE) == I_DIRECTORY;
}

/* Gets directory `dir` held in *dirp and looks `name` up in it, held in *ip. */
static int get_pair(u32_t dir, const char *name, struct inode **dirp, struct inode **ip)
{
    u32_t ino;
    int r;
    if (!sb.s_mounted) return ERR(EINVAL);
    if ((*dirp = get_inode(dir)) == NULL) return ERR(EINVAL);
    if ((r = search_dir(*dirp, name, &ino, LOOK_UP)) < 0 || (*ip = get_inode(ino)) == NULL) {
        put_inode(*dirp);
        return r < 0 ? r : ERR(EIO);
    }
    return 0;
}

int mfs_link(u32_t ino, u32_t dir, const char *name)
{
    struct inode *ip, *dirp;
    u32_t num = ino;
    int r;

    if (!sb.s_mounted) return ERR(EINVAL);
    if ((ip = get_inode(ino)) == NULL) return ERR(EINVAL);
    if (ip->i_mode == 0 || ip->i_nlinks == 0) r = ERR(ENOENT);
    else if (is_dir(ip)) r = ERR(EPERM);
    else if (ip->i_nlinks >= MFS_LINK_MAX) r = ERR(EMLINK);
    else if ((dirp = get_inode(dir)) == NULL) r = ERR(EINVAL);
    else {
        r = dirp->i_nlinks == 0 ? ERR(ENOENT) : search_dir(dirp, name, &num, ENTER);
        put_inode(dirp);
        if (r == 0) {
            ip->i_nlinks++;
            ip->i_ctime = now();
            mark_inode_dirty(ip);
        }
    }
    put_inode(ip);
    return r;
}

/* Removes the entry `name` of a file (not a directory) from dirp; ip is what it names. */
static int unlink_file(struct inode *dirp, struct inode *ip, const char *name)
{
    u32_t gone;
    int r = search_dir(dirp, name, &gone, DELETE);
    if (r < 0) return r;
    ip->i_nlinks--;
    ip->i_ctime = now();
    mark_inode_dirty(ip);
    return 0;
}

/* Removes the entry `name` of the empty directory ip from dirp. */
static int remove_dir(struct inode *dirp, struct inode *ip, const char *name)
{
    u32_t gone;
    int r;
    if (ip->i_num == MFS_ROOT_INO) return ERR(EBUSY);
    if ((r = search_dir(ip, "", &gone, IS_EMPTY)) < 0) return r;
    if ((r = search_dir(dirp, name, &gone, DELETE)) < 0) return r;
    ip->i_nlinks = 0;                    /* its name and its "." are gone */
    mark_inode_dirty(ip);
    dirp->i_nlinks--;                    /* its ".." is gone */
    dirp->i_ctime = now();
    mark_inode_dirty(dirp);
    return truncate_inode(ip, 0);
}

int mfs_unlink(u32_t dir, const char *name)
{
    struct inode *dirp, *ip;
    int r;
    if (is_dot(name)) return ERR(EPERM);
    if ((r = get_pair(dir, name, &dirp, &ip)) < 0) return r;
    r = is_dir(ip) ? ERR(EPERM) : unlink_file(dirp, ip, name);
    put_inode(ip);
    put_inode(dirp);
    return r;
}

int mfs_rmdir(u32_t dir, const char *name)
{
    struct inode *dirp, *ip;
    int r;
    if (strcmp(name, ".") == 0) return ERR(EINVAL);
    if (strcmp(name, "..") == 0) return ERR(ENOTEMPTY);
    if ((r = get_pair(dir, name, &dirp, &ip)) < 0) return r;
    r = is_dir(ip) ? remove_dir(dirp, ip, name) : ERR(ENOTDIR);
    put_inode(ip);
    put_inode(dirp);
    return r;
}

/* Whether directory `ino` is `ancestor` or lies below it (following ".." up to the root). */
static int is_below(u32_t ino, u32_t ancestor)
{
    int depth;
    for (depth = 0; depth < 1000; depth++) {
        u32_t parent;
        if (ino == ancestor) return 1;
        if (ino == MFS_ROOT_INO) return 0;
        if (lookup_in(ino, "..", &parent) < 0) return 1;   /* be safe: refuse */
        ino = parent;
    }
    return 1;
}

/* Checks that `old` may replace `existing` (an entry of new_dirp) and removes the latter. */
static int replace_target(struct inode *new_dirp, struct inode *old, struct inode *existing, const char *new_name)
{
    if (is_dir(old) && !is_dir(existing)) return ERR(ENOTDIR);
    if (!is_dir(old) && is_dir(existing)) return ERR(EISDIR);
    return is_dir(existing) ? remove_dir(new_dirp, existing, new_name) : unlink_file(new_dirp, existing, new_name);
}

/* Moves old_dir/old_name to new_dir/new_name, replacing what new_name named. */
static int do_rename(struct inode *old_dirp, const char *old_name, struct inode *old,
                     struct inode *new_dirp, const char *new_name)
{
    u32_t num = old->i_num, gone, existing_ino;
    int r;

    if (is_dir(old) && old_dirp != new_dirp && is_below(new_dirp->i_num, old->i_num)) return ERR(EINVAL);
    r = search_dir(new_dirp, new_name, &existing_ino, LOOK_UP);
    if (r == 0) {
        struct inode *existing;
        if (existing_ino == old->i_num) return 0;   /* two names of one inode: nothing to do */
        if ((existing = get_inode(existing_ino)) == NULL) return ERR(EIO);
        r = replace_target(new_dirp, old, existing, new_name);
        put_inode(existing);
        if (r < 0) return r;
    } else if (r != ERR(ENOENT)) {
        return r;
    } else if (is_dir(old) && old_dirp != new_dirp && new_dirp->i_nlinks >= MFS_LINK_MAX) {
        return ERR(EMLINK);
    }
    if ((r = search_dir(new_dirp, new_name, &num, ENTER)) < 0) return r;
    if ((r = search_dir(old_dirp, old_name, &gone, DELETE)) < 0) return r;
    if (is_dir(old) && old_dirp != new_dirp) {
        u32_t parent = new_dirp->i_num;
        if ((r = search_dir(old, "..", &parent, REPLACE)) < 0) return r;
        old_dirp->i_nlinks--;
        new_dirp->i_nlinks++;
        mark_inode_dirty(old_dirp);
        mark_inode_dirty(new_dirp);
    }
    old->i_ctime = now();
    mark_inode_dirty(old);
    return 0;
}

int mfs_rename(u32_t old_dir, const char *old_name, u32_t new_dir, const char *new_name)
{
    struct inode *old_dirp, *old, *new_dirp;
    int r;

    if (is_dot(old_name) || is_dot(new_name)) return ERR(EINVAL);
    if ((r = check_name(new_name)) < 0) return r;
    if ((r = get_pair(old_dir, old_name, &old_dirp, &old)) < 0) return r;
    if ((new_dirp = get_inode(new_dir)) == NULL) {
        r = ERR(EINVAL);
    } else {
        if (!is_dir(new_dirp)) r = ERR(ENOTDIR);
        else if (new_dirp->i_nlinks == 0) r = ERR(ENOENT);
        else r = do_rename(old_dirp, old_name, old, new_dirp, new_name);
        put_inode(new_dirp);
    }
    put_inode(old);
    put_inode(old_dirp);
    return r;
}
