/*
 * fs.h: what the files of the MINIX file system share inside VFS (not part of the interface):
 * the superblock in memory, the block cache's buffers, the inode cache's inodes, the directory
 * entry, and each file's functions. MINIX splits this over const.h, type.h, buf.h, inode.h,
 * super.h and proto.h; here it is one header, in the same order.
 */
#ifndef MFS_FS_H
#define MFS_FS_H

#include "mfs.h"

/* A negative errno, whether <errno.h> gives positive numbers or MINIX's negative ones. */
#define ERR(e) ((e) < 0 ? (e) : -(e))

#define SUPER_MAGIC 0x4D5A        /* MINIX V3 */
#define SUPER_OFFSET 1024         /* byte offset of the superblock */
#define START_BLOCK 2             /* first block of the inode bitmap */
#define INODE_SIZE 64
#define DIR_ENTRY_SIZE 64
#define NR_DZONES 7               /* direct zones */
#define NR_TZONES 10              /* slots of i_zone */
#define NO_ZONE 0
#define NO_INODE 0

/* ---- super.c: the superblock, as on disk, plus the layout derived from it ---- */
struct super_block {
    u32_t s_ninodes;
    u16_t s_imap_blocks;
    u16_t s_zmap_blocks;
    u16_t s_firstdatazone;
    u16_t s_log_zone_size;
    u32_t s_max_size;
    u32_t s_zones;
    u16_t s_magic;
    u16_t s_block_size;
    /* derived when mounted */
    u32_t s_inodes_per_block;
    u32_t s_zmap_start;
    u32_t s_itable_start;
    u32_t s_nindirs;             /* zone numbers per indirect block */
    int s_mounted;
};
extern struct super_block sb;

/* ---- cache.c: the block cache ---- */
#define NR_BUFS 24
#define NORMAL 0                 /* get_block reads the block from the disk */
#define NO_READ 1                /* get_block: the caller overwrites the whole block */

struct buf {
    unsigned char b_data[MFS_MAX_BLOCK_SIZE];
    u32_t b_blocknr;
    int b_count;                 /* users holding it */
    int b_dirty;                 /* changed since read or written */
    int b_valid;                 /* holds b_blocknr's contents */
    struct buf *b_prev;          /* LRU list: front least recently used */
    struct buf *b_next;
};

struct buf *get_block(u32_t block, int how);
void put_block(struct buf *bp);
void mark_dirty(struct buf *bp);
int flush_all(void);
void invalidate_all(void);

/* ---- inode.c: the inode cache ---- */
#define NR_INODES 32

struct inode {
    u16_t i_mode;
    u16_t i_nlinks;
    u16_t i_uid;
    u16_t i_gid;
    u32_t i_size;
    u32_t i_atime;
    u32_t i_mtime;
    u32_t i_ctime;
    u32_t i_zone[NR_TZONES];
    /* in memory only */
    u32_t i_num;                 /* inode number; 0 for a free slot */
    int i_count;                 /* holders */
    int i_dirty;
};

struct inode *get_inode(u32_t ino);
void dup_inode(struct inode *ip);
int put_inode(struct inode *ip);
struct inode *alloc_inode(u16_t mode, int *err);
void mark_inode_dirty(struct inode *ip);
int flush_inodes(void);
int inodes_held(void);
void forget_inodes(void);
u32_t now(void);

/* ---- bitmap.c: allocation ---- */
#define IMAP 0
#define ZMAP 1
u32_t alloc_bit(int map, u32_t origin);
void free_bit(int map, u32_t bit);
u32_t alloc_zone(void);
void free_zone(u32_t zone);

/* ---- zonemap.c: file blocks to zones ---- */
int read_map(struct inode *ip, u32_t fblock, u32_t *zone);
int write_map(struct inode *ip, u32_t fblock, u32_t zone);
int clear_zones(struct inode *ip, u32_t from_block);

/* ---- dir.c: directories ---- */
struct direct {
    u32_t d_ino;
    char d_name[MFS_NAME_MAX + 1];
};

#define LOOK_UP 0
#define ENTER 1
#define DELETE 2
#define IS_EMPTY 3
#define REPLACE 4                /* give an existing entry a new inode number */
int search_dir(struct inode *dirp, const char *name, u32_t *ino, int flag);
int check_name(const char *name);

/* ---- path.c ---- */
int lookup_in(u32_t dir, const char *path, u32_t *ino);

/* ---- rw.c ---- */
int truncate_inode(struct inode *ip, u32_t size);
int write_bytes(struct inode *ip, u32_t pos, const void *buf, u32_t n);

#endif
