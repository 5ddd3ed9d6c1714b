/*
 * rw.c: the contents of files. Reading copies from the blocks the zone map names (a hole reads
 * as zeros); writing takes a zone for every block it touches that has none; truncation frees
 * the zones past the new size and zeros the rest of the last block, so that growing the file
 * again shows zeros there.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

int mfs_read(u32_t ino, u32_t pos, void *buf, u32_t n)
{
    u32_t bs = sb.s_block_size, done = 0;
    struct inode *ip = get_inode(ino);
    unsigned char *out = buf;
    int r = 0;

    if (ip == NULL) return ERR(EINVAL);
    if (ip->i_mode == 0) { put_inode(ip); return ERR(ENOENT); }
    if (pos >= ip->i_size) n = 0;
    else if (n > ip->i_size - pos) n = ip->i_size - pos;
    while (done < n) {
        u32_t off = (pos + done) % bs, chunk = bs - off, zone;
        if (chunk > n - done) chunk = n - done;
        if ((r = read_map(ip, (pos + done) / bs, &zone)) < 0) break;
        if (zone == NO_ZONE) {
            memset(out + done, 0, chunk);
        } else {
            struct buf *bp = get_block(zone, NORMAL);
            if (bp == NULL) { r = ERR(EIO); break; }
            memcpy(out + done, bp->b_data + off, chunk);
            put_block(bp);
        }
        done += chunk;
    }
    if (done > 0) {
        ip->i_atime = now();
        mark_inode_dirty(ip);
    }
    put_inode(ip);
    return r < 0 && done == 0 ? r : (int)done;
}

/* Writes n bytes at pos into the file, taking zones as needed; bytes written or -errno. */
int write_bytes(struct inode *ip, u32_t pos, const void *buf, u32_t n)
{
    u32_t bs = sb.s_block_size, done = 0;
    const unsigned char *in = buf;
    int r = 0;

    if (pos >= sb.s_max_size) return n == 0 ? 0 : ERR(EFBIG);
    if (n > sb.s_max_size - pos) n = sb.s_max_size - pos;
    while (done < n) {
        u32_t off = (pos + done) % bs, chunk = bs - off, zone;
        struct buf *bp;
        if (chunk > n - done) chunk = n - done;
        if ((r = read_map(ip, (pos + done) / bs, &zone)) < 0) break;
        if (zone == NO_ZONE) {
            if ((zone = alloc_zone()) == NO_ZONE) { r = ERR(ENOSPC); break; }
            if ((r = write_map(ip, (pos + done) / bs, zone)) < 0) { free_zone(zone); break; }
        }
        bp = get_block(zone, chunk == bs ? NO_READ : NORMAL);
        if (bp == NULL) { r = ERR(EIO); break; }
        memcpy(bp->b_data + off, in + done, chunk);
        mark_dirty(bp);
        put_block(bp);
        done += chunk;
        if (pos + done > ip->i_size) ip->i_size = pos + done;
    }
    if (done > 0) {
        ip->i_mtime = ip->i_ctime = now();
        mark_inode_dirty(ip);
    }
    return r < 0 && done == 0 ? r : (int)done;
}

int mfs_write(u32_t ino, u32_t pos, const void *buf, u32_t n)
{
    struct inode *ip = get_inode(ino);
    int r;
    if (ip == NULL) return ERR(EINVAL);
    if (ip->i_mode == 0) { put_inode(ip); return ERR(ENOENT); }
    if ((ip->i_mode & I_TYPE) == I_DIRECTORY) { put_inode(ip); return ERR(EISDIR); }
    r = write_bytes(ip, pos, buf, n);
    put_inode(ip);
    return r;
}

/* Sets the size: shrinking frees the zones past it and zeros the tail of the last block. */
int truncate_inode(struct inode *ip, u32_t size)
{
    u32_t bs = sb.s_block_size, zone;
    int r;

    if (size > sb.s_max_size) return ERR(EFBIG);
    if (size < ip->i_size) {
        if ((r = clear_zones(ip, (size + bs - 1) / bs)) < 0) return r;
        if (size % bs != 0) {
            if ((r = read_map(ip, size / bs, &zone)) < 0) return r;
            if (zone != NO_ZONE) {
                struct buf *bp = get_block(zone, NORMAL);
                if (bp == NULL) return ERR(EIO);
                memset(bp->b_data + size % bs, 0, bs - size % bs);
                mark_dirty(bp);
                put_block(bp);
            }
        }
    }
    ip->i_size = size;
    ip->i_mtime = ip->i_ctime = now();
    mark_inode_dirty(ip);
    return 0;
}

int mfs_truncate(u32_t ino, u32_t size)
{
    struct inode *ip = get_inode(ino);
    int r;
    if (ip == NULL) return ERR(EINVAL);
    if (ip->i_mode == 0) { put_inode(ip); return ERR(ENOENT); }
    if ((ip->i_mode & I_TYPE) == I_DIRECTORY) { put_inode(ip); return ERR(EISDIR); }
    r = truncate_inode(ip, size);
    if (put_inode(ip) < 0 && r == 0) r = ERR(EIO);
    return r;
}
