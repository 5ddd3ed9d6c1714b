/*
 * super.c: mounting. Reads the superblock at byte 1024 of the disk, checks that it describes a
 * file system this code can handle (FS.md), and derives where the bitmaps, the inode table and
 * the data zones are. Also mfs_sync and mfs_unmount, which end with the caches.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

struct super_block sb;
u32_t mfs_block_size = 1024;
int (*fs_dev_io)(int write, u32_t block, void *buf, u32_t nblocks);

static u32_t get16(const unsigned char *p) { return (u32_t)p[0] | ((u32_t)p[1] << 8); }
static u32_t get32(const unsigned char *p) { return get16(p) | (get16(p + 2) << 16); }

/* Whether the layout the superblock gives is one this code can trust. */
static int super_is_sane(void)
{
    u32_t bs = sb.s_block_size;
    if (sb.s_magic != SUPER_MAGIC || sb.s_log_zone_size != 0) return 0;
    if (bs != 1024 && bs != 2048 && bs != 4096) return 0;
    if (sb.s_ninodes == 0 || sb.s_imap_blocks == 0 || sb.s_zmap_blocks == 0) return 0;
    if ((sb.s_ninodes + 1 + 8 * bs - 1) / (8 * bs) > sb.s_imap_blocks) return 0;
    if (sb.s_firstdatazone != sb.s_itable_start + (sb.s_ninodes + sb.s_inodes_per_block - 1) / sb.s_inodes_per_block)
        return 0;
    if (sb.s_zones <= sb.s_firstdatazone) return 0;
    if ((sb.s_zones - sb.s_firstdatazone + 1 + 8 * bs - 1) / (8 * bs) > sb.s_zmap_blocks) return 0;
    return 1;
}

/* Reads and checks the superblock and starts with empty caches. */
int mfs_mount(void)
{
    static unsigned char raw[1024];
    int r;

    if (fs_dev_io == NULL) return ERR(ENXIO);
    invalidate_all();
    forget_inodes();
    sb.s_mounted = 0;
    mfs_block_size = 1024;
    r = fs_dev_io(0, SUPER_OFFSET / 1024, raw, 1);
    if (r < 0) return r;

    sb.s_ninodes = get32(raw + 0);
    sb.s_imap_blocks = get16(raw + 6);
    sb.s_zmap_blocks = get16(raw + 8);
    sb.s_firstdatazone = get16(raw + 10);
    sb.s_log_zone_size = get16(raw + 12);
    sb.s_max_size = get32(raw + 16);
    sb.s_zones = get32(raw + 20);
    sb.s_magic = get16(raw + 24);
    sb.s_block_size = get16(raw + 28);
    if (sb.s_block_size < 1024 || sb.s_block_size > MFS_MAX_BLOCK_SIZE) return ERR(EINVAL);

    sb.s_inodes_per_block = sb.s_block_size / INODE_SIZE;
    sb.s_zmap_start = START_BLOCK + sb.s_imap_blocks;
    sb.s_itable_start = sb.s_zmap_start + sb.s_zmap_blocks;
    sb.s_nindirs = sb.s_block_size / 4;
    if (!super_is_sane()) return ERR(EINVAL);

    mfs_block_size = sb.s_block_size;
    sb.s_mounted = 1;
    return 0;
}

/* Writes dirty inodes into their blocks, then every dirty block to the disk. */
int mfs_sync(void)
{
    int r;
    if (!sb.s_mounted) return ERR(EINVAL);
    r = flush_inodes();
    if (r < 0) return r;
    return flush_all();
}

/* Syncs and forgets the caches; the file system must be mounted again before use. */
int mfs_unmount(void)
{
    int r;
    if (!sb.s_mounted) return ERR(EINVAL);
    if (inodes_held()) return ERR(EBUSY);
    r = mfs_sync();
    if (r < 0) return r;
    forget_inodes();
    invalidate_all();
    sb.s_mounted = 0;
    return 0;
}
