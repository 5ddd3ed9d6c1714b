/*
 * inode.c: the inode cache. NR_INODES slots of inodes in memory, each with a count of holders.
 * get_inode reads an inode from the inode table into a free slot; put_inode lets go, and when
 * the last holder lets go of an inode with no links left, frees its zones and the inode itself.
 * A changed inode is written back into its block when its slot is reused or on flush_inodes.
 * Also mfs_get, mfs_put and mfs_stat, the calls about whole inodes.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

static struct inode inodes[NR_INODES];
u32_t (*fs_clock)(void);

u32_t now(void)
{
    return fs_clock ? fs_clock() : 0;
}

static u32_t get16(const unsigned char *p) { return (u32_t)p[0] | ((u32_t)p[1] << 8); }
static u32_t get32(const unsigned char *p) { return get16(p) | (get16(p + 2) << 16); }
static void put16(unsigned char *p, u32_t v) { p[0] = v & 0xFF; p[1] = (v >> 8) & 0xFF; }
static void put32(unsigned char *p, u32_t v) { put16(p, v & 0xFFFF); put16(p + 2, v >> 16); }

/* Copies inode ip->i_num between its slot and the inode table (write: to the table). */
static int rw_inode(struct inode *ip, int write)
{
    u32_t index = ip->i_num - 1;
    struct buf *bp = get_block(sb.s_itable_start + index / sb.s_inodes_per_block, NORMAL);
    unsigned char *d;
    int i;

    if (bp == NULL) return ERR(EIO);
    d = bp->b_data + (index % sb.s_inodes_per_block) * INODE_SIZE;
    if (write) {
        put16(d + 0, ip->i_mode);
        put16(d + 2, ip->i_nlinks);
        put16(d + 4, ip->i_uid);
        put16(d + 6, ip->i_gid);
        put32(d + 8, ip->i_size);
        put32(d + 12, ip->i_atime);
        put32(d + 16, ip->i_mtime);
        put32(d + 20, ip->i_ctime);
        for (i = 0; i < NR_TZONES; i++) put32(d + 24 + 4 * i, ip->i_zone[i]);
        mark_dirty(bp);
        ip->i_dirty = 0;
    } else {
        ip->i_mode = get16(d + 0);
        ip->i_nlinks = get16(d + 2);
        ip->i_uid = get16(d + 4);
        ip->i_gid = get16(d + 6);
        ip->i_size = get32(d + 8);
        ip->i_atime = get32(d + 12);
        ip->i_mtime = get32(d + 16);
        ip->i_ctime = get32(d + 20);
        for (i = 0; i < NR_TZONES; i++) ip->i_zone[i] = get32(d + 24 + 4 * i);
    }
    put_block(bp);
    return 0;
}

/*
 * Returns inode `ino`, held (put_inode it when done), or NULL when the number is out of range,
 * the disk fails or every slot is held.
 */
struct inode *get_inode(u32_t ino)
{
    struct inode *ip, *free_slot = NULL;
    int i;

    if (!sb.s_mounted || ino == NO_INODE || ino > sb.s_ninodes) return NULL;
    for (i = 0; i < NR_INODES; i++) {
        ip = &inodes[i];
        if (ip->i_num == ino) {
            ip->i_count++;
            return ip;
        }
        if (ip->i_count == 0 && (free_slot == NULL || (free_slot->i_num != NO_INODE && ip->i_num == NO_INODE)))
            free_slot = ip;
    }
    if (free_slot == NULL) return NULL;
    if (free_slot->i_num != NO_INODE && free_slot->i_dirty && rw_inode(free_slot, 1) < 0) return NULL;
    free_slot->i_num = ino;
    if (rw_inode(free_slot, 0) < 0) {
        free_slot->i_num = NO_INODE;
        return NULL;
    }
    free_slot->i_count = 1;
    free_slot->i_dirty = 0;
    return free_slot;
}

void dup_inode(struct inode *ip)
{
    ip->i_count++;
}

void mark_inode_dirty(struct inode *ip)
{
    ip->i_dirty = 1;
}

/*
 * Lets go of an inode. The last holder of an inode without links frees it: its zones, its bit
 * and its slot in the table (mode 0).
 */
int put_inode(struct inode *ip)
{
    int r = 0;
    if (ip == NULL) return 0;
    if (--ip->i_count > 0) return 0;
    if (ip->i_nlinks == 0 && ip->i_mode != 0) {
        r = truncate_inode(ip, 0);
        ip->i_mode = 0;
        memset(ip->i_zone, 0, sizeof(ip->i_zone));
        free_bit(IMAP, ip->i_num);
        ip->i_dirty = 1;
    }
    if (ip->i_dirty) {
        int w = rw_inode(ip, 1);
        if (r == 0) r = w;
    }
    return r;
}

/* Takes a free inode, clears it and gives it `mode`; returns it held, or NULL with *err set. */
struct inode *alloc_inode(u16_t mode, int *err)
{
    struct inode *ip;
    u32_t ino = alloc_bit(IMAP, 1);
    int i;

    if (ino == 0) {
        *err = ERR(ENOSPC);
        return NULL;
    }
    ip = get_inode(ino);
    if (ip == NULL) {
        free_bit(IMAP, ino);
        *err = ERR(ENFILE);
        return NULL;
    }
    ip->i_mode = mode;
    ip->i_nlinks = 0;
    ip->i_uid = 0;
    ip->i_gid = 0;
    ip->i_size = 0;
    ip->i_atime = ip->i_mtime = ip->i_ctime = now();
    for (i = 0; i < NR_TZONES; i++) ip->i_zone[i] = NO_ZONE;
    ip->i_dirty = 1;
    return ip;
}

/* Writes every changed inode into its block of the inode table. */
int flush_inodes(void)
{
    int i, r;
    for (i = 0; i < NR_INODES; i++) {
        if (inodes[i].i_num != NO_INODE && inodes[i].i_dirty) {
            r = rw_inode(&inodes[i], 1);
            if (r < 0) return r;
        }
    }
    return 0;
}

/* Whether some inode is still held (by mfs_get). */
int inodes_held(void)
{
    int i;
    for (i = 0; i < NR_INODES; i++) {
        if (inodes[i].i_num != NO_INODE && inodes[i].i_count > 0) return 1;
    }
    return 0;
}

void forget_inodes(void)
{
    memset(inodes, 0, sizeof(inodes));
}

/* ---- the calls ---- */

int mfs_get(u32_t ino)
{
    struct inode *ip = get_inode(ino);
    if (ip == NULL) return ERR(EINVAL);
    if (ip->i_mode == 0) {
        put_inode(ip);
        return ERR(ENOENT);
    }
    return 0;
}

int mfs_put(u32_t ino)
{
    int i;
    for (i = 0; i < NR_INODES; i++) {
        if (inodes[i].i_num == ino && ino != NO_INODE && inodes[i].i_count > 0) return put_inode(&inodes[i]);
    }
    return ERR(EINVAL);
}

int mfs_stat(u32_t ino, struct mfs_stat *st)
{
    struct inode *ip = get_inode(ino);
    u32_t type;
    if (ip == NULL) return ERR(EINVAL);
    if (ip->i_mode == 0) {
        put_inode(ip);
        return ERR(ENOENT);
    }
    type = ip->i_mode & I_TYPE;
    st->ino = ino;
    st->mode = ip->i_mode;
    st->nlinks = ip->i_nlinks;
    st->uid = ip->i_uid;
    st->gid = ip->i_gid;
    st->size = ip->i_size;
    st->atime = ip->i_atime;
    st->mtime = ip->i_mtime;
    st->ctime = ip->i_ctime;
    st->rdev = (type == I_CHAR_SPECIAL || type == I_BLOCK_SPECIAL) ? ip->i_zone[0] : 0;
    return put_inode(ip);
}
