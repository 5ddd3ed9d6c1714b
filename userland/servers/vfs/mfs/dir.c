/*
 * dir.c: directories, files of 64-byte entries (FS.md, "Directories"). search_dir walks the
 * entries of a directory to look a name up, enter a new one (in the first free slot, or at the
 * end), delete one, give one a new inode number, or see whether only "." and ".." are left.
 * Also mfs_readdir, which hands the entries out one at a time.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

/* 0 when `name` may be a directory entry's name, else -ENAMETOOLONG or -EINVAL. */
int check_name(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || strchr(name, '/') != NULL) return ERR(EINVAL);
    if (len > MFS_NAME_MAX) return ERR(ENAMETOOLONG);
    return 0;
}

static int is_dot(const char *name)
{
    return strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
}

/* Writes entry (ino, name) into the slot at byte `pos` of the directory, growing it if needed. */
static int enter_at(struct inode *dirp, u32_t pos, u32_t ino, const char *name)
{
    struct direct d;
    memset(&d, 0, sizeof(d));
    d.d_ino = ino;
    strncpy(d.d_name, name, MFS_NAME_MAX);
    return write_bytes(dirp, pos, &d, DIR_ENTRY_SIZE) < 0 ? ERR(ENOSPC) : 0;
}

/*
 * Does `flag` for `name` in directory dirp:
 *   LOOK_UP  sets *ino to the entry's inode (-ENOENT when there is none);
 *   ENTER    adds (name, *ino) (-EEXIST when the name is there);
 *   DELETE   clears the entry and sets *ino to the inode it named;
 *   REPLACE  makes the entry name *ino;
 *   IS_EMPTY returns 0 when only "." and ".." are left, else -ENOTEMPTY (name unused).
 */
int search_dir(struct inode *dirp, const char *name, u32_t *ino, int flag)
{
    u32_t bs = sb.s_block_size, pos, free_pos = dirp->i_size, zone;
    int found_free = 0, r;

    if ((dirp->i_mode & I_TYPE) != I_DIRECTORY) return ERR(ENOTDIR);
    if (flag != IS_EMPTY && (r = check_name(name)) < 0) return r;
    for (pos = 0; pos < dirp->i_size; pos += bs) {
        struct buf *bp;
        u32_t off, end = dirp->i_size - pos < bs ? dirp->i_size - pos : bs;
        if ((r = read_map(dirp, pos / bs, &zone)) < 0) return r;
        if (zone == NO_ZONE) return ERR(EIO);              /* directories have no holes */
        if ((bp = get_block(zone, NORMAL)) == NULL) return ERR(EIO);
        for (off = 0; off + DIR_ENTRY_SIZE <= end; off += DIR_ENTRY_SIZE) {
            struct direct *d = (struct direct *)(bp->b_data + off);
            if (d->d_ino == NO_INODE) {
                if (!found_free) free_pos = pos + off;
                found_free = 1;
                continue;
            }
            if (flag == IS_EMPTY) {
                if (!is_dot(d->d_name)) { put_block(bp); return ERR(ENOTEMPTY); }
                continue;
            }
            if (strncmp(d->d_name, name, MFS_NAME_MAX + 1) != 0) continue;
            if (flag == ENTER) { put_block(bp); return ERR(EEXIST); }
            if (flag == LOOK_UP) {
                *ino = d->d_ino;
            } else if (flag == DELETE) {
                *ino = d->d_ino;
                d->d_ino = NO_INODE;
                mark_dirty(bp);
            } else {                                        /* REPLACE */
                d->d_ino = *ino;
                mark_dirty(bp);
            }
            put_block(bp);
            if (flag == DELETE) {
                dirp->i_mtime = dirp->i_ctime = now();
                mark_inode_dirty(dirp);
            }
            return 0;
        }
        put_block(bp);
    }
    if (flag == IS_EMPTY) return 0;
    if (flag != ENTER) return ERR(ENOENT);
    r = enter_at(dirp, free_pos, *ino, name);
    if (r == 0) {
        dirp->i_mtime = dirp->i_ctime = now();
        mark_inode_dirty(dirp);
    }
    return r;
}

/* Hands out the entry in use at or after byte *pos of directory `dir`, and moves *pos past it. */
int mfs_readdir(u32_t dir, u32_t *pos, u32_t *ino, char name[MFS_NAME_MAX + 1])
{
    struct inode *dirp = get_inode(dir);
    struct direct d;
    int r = 0;

    if (dirp == NULL) return ERR(EINVAL);
    if ((dirp->i_mode & I_TYPE) != I_DIRECTORY) {
        put_inode(dirp);
        return ERR(ENOTDIR);
    }
    *pos = (*pos + DIR_ENTRY_SIZE - 1) / DIR_ENTRY_SIZE * DIR_ENTRY_SIZE;
    while (*pos + DIR_ENTRY_SIZE <= dirp->i_size) {
        r = mfs_read(dir, *pos, &d, DIR_ENTRY_SIZE);
        if (r < 0) break;
        *pos += DIR_ENTRY_SIZE;
        if (d.d_ino != NO_INODE) {
            *ino = d.d_ino;
            memcpy(name, d.d_name, MFS_NAME_MAX);
            name[MFS_NAME_MAX] = '\0';
            r = 1;
            break;
        }
        r = 0;
    }
    put_inode(dirp);
    return r;
}
