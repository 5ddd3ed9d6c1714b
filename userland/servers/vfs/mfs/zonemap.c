/*
 * zonemap.c: which zone holds block b of a file (FS.md, "Inodes"): blocks 0..6 in the direct
 * zones, the next s_nindirs through the single-indirect block, the next s_nindirs^2 through the
 * double-indirect block. read_map looks up, write_map records (taking zones for missing indirect
 * blocks), clear_zones frees everything from a block on, for truncation.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

static u32_t get32(const unsigned char *p)
{
    return (u32_t)p[0] | ((u32_t)p[1] << 8) | ((u32_t)p[2] << 16) | ((u32_t)p[3] << 24);
}

static void put32(unsigned char *p, u32_t v)
{
    p[0] = v & 0xFF; p[1] = (v >> 8) & 0xFF; p[2] = (v >> 16) & 0xFF; p[3] = v >> 24;
}

/* Entry `index` of indirect block `ind` (NO_ZONE when ind is); -EIO when the disk fails. */
static int read_indirect(u32_t ind, u32_t index, u32_t *zone)
{
    struct buf *bp;
    *zone = NO_ZONE;
    if (ind == NO_ZONE) return 0;
    if (ind < sb.s_firstdatazone || ind >= sb.s_zones) return ERR(EIO);
    bp = get_block(ind, NORMAL);
    if (bp == NULL) return ERR(EIO);
    *zone = get32(bp->b_data + 4 * index);
    put_block(bp);
    return 0;
}

static int write_indirect(u32_t ind, u32_t index, u32_t zone)
{
    struct buf *bp = get_block(ind, NORMAL);
    if (bp == NULL) return ERR(EIO);
    put32(bp->b_data + 4 * index, zone);
    mark_dirty(bp);
    put_block(bp);
    return 0;
}

/* Sets *zone to the zone of file block `fblock`, NO_ZONE for a hole. */
int read_map(struct inode *ip, u32_t fblock, u32_t *zone)
{
    u32_t n = sb.s_nindirs, single;
    int r;
    if (fblock < NR_DZONES) {
        *zone = ip->i_zone[fblock];
        return 0;
    }
    fblock -= NR_DZONES;
    if (fblock < n) return read_indirect(ip->i_zone[NR_DZONES], fblock, zone);
    fblock -= n;
    if (fblock / n >= n) return ERR(EFBIG);
    r = read_indirect(ip->i_zone[NR_DZONES + 1], fblock / n, &single);
    if (r < 0) return r;
    return read_indirect(single, fblock % n, zone);
}

/* Makes sure *ind names an indirect block, taking a fresh zone for it when it is NO_ZONE. */
static int need_indirect(u32_t *ind)
{
    if (*ind != NO_ZONE) return 0;
    *ind = alloc_zone();
    return *ind == NO_ZONE ? ERR(ENOSPC) : 0;
}

/* Records `zone` (NO_ZONE to clear) as the zone of file block `fblock`. */
int write_map(struct inode *ip, u32_t fblock, u32_t zone)
{
    u32_t n = sb.s_nindirs, single;
    int r;
    mark_inode_dirty(ip);
    if (fblock < NR_DZONES) {
        ip->i_zone[fblock] = zone;
        return 0;
    }
    fblock -= NR_DZONES;
    if (fblock < n) {
        if (zone == NO_ZONE && ip->i_zone[NR_DZONES] == NO_ZONE) return 0;
        r = need_indirect(&ip->i_zone[NR_DZONES]);
        return r < 0 ? r : write_indirect(ip->i_zone[NR_DZONES], fblock, zone);
    }
    fblock -= n;
    if (fblock / n >= n) return ERR(EFBIG);
    if (zone == NO_ZONE && ip->i_zone[NR_DZONES + 1] == NO_ZONE) return 0;
    r = need_indirect(&ip->i_zone[NR_DZONES + 1]);
    if (r < 0) return r;
    r = read_indirect(ip->i_zone[NR_DZONES + 1], fblock / n, &single);
    if (r < 0) return r;
    if (single == NO_ZONE) {
        if (zone == NO_ZONE) return 0;
        r = need_indirect(&single);
        if (r == 0) r = write_indirect(ip->i_zone[NR_DZONES + 1], fblock / n, single);
        if (r < 0) return r;
    }
    return write_indirect(single, fblock % n, zone);
}

/*
 * Frees the zones of file blocks `from_block` and later (up to the size), then every indirect
 * block that maps only blocks from `from_block` on.
 */
int clear_zones(struct inode *ip, u32_t from_block)
{
    u32_t bs = sb.s_block_size, n = sb.s_nindirs;
    u32_t blocks = (ip->i_size + bs - 1) / bs, b, zone, i;
    int r;

    for (b = from_block; b < blocks; b++) {
        r = read_map(ip, b, &zone);
        if (r < 0) return r;
        if (zone == NO_ZONE) continue;
        free_zone(zone);
        r = write_map(ip, b, NO_ZONE);
        if (r < 0) return r;
    }
    if (from_block <= NR_DZONES && ip->i_zone[NR_DZONES] != NO_ZONE) {
        free_zone(ip->i_zone[NR_DZONES]);
        ip->i_zone[NR_DZONES] = NO_ZONE;
    }
    if (ip->i_zone[NR_DZONES + 1] != NO_ZONE) {
        for (i = 0; i < n; i++) {
            u32_t first = NR_DZONES + n + i * n;
            if (first < from_block) continue;           /* still maps blocks that stay */
            r = read_indirect(ip->i_zone[NR_DZONES + 1], i, &zone);
            if (r < 0) return r;
            if (zone != NO_ZONE) {
                free_zone(zone);
                r = write_indirect(ip->i_zone[NR_DZONES + 1], i, NO_ZONE);
                if (r < 0) return r;
            }
        }
        if (from_block <= NR_DZONES + n) {
            free_zone(ip->i_zone[NR_DZONES + 1]);
            ip->i_zone[NR_DZONES + 1] = NO_ZONE;
        }
    }
    mark_inode_dirty(ip);
    return 0;
}
