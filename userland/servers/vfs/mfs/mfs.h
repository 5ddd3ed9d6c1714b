/*
 * mfs.h: the interface VFS uses to reach the MINIX file system on its root disk.
 *
 * The format is in userland/FS.md. Files are named by inode number, as between MINIX's VFS and
 * its MFS: VFS looks a path up to an inode number, then reads, writes, creates and removes by
 * number. Every call returns 0 (or a count) on success and a negative errno on failure, whatever
 * sign convention <errno.h> uses. None of the calls block except in fs_dev_io.
 *
 * VFS installs the device before mfs_mount: fs_dev_io moves nblocks blocks of mfs_block_size
 * bytes between the disk (starting at block number `block`) and buf, reading when write is 0.
 * It returns 0 or a negative errno; VFS may re-issue a request to a restarted driver inside it.
 * mfs_block_size is 1024 while mfs_mount reads the superblock, then the file system's block size.
 */
#ifndef MFS_H
#define MFS_H

#include <stdint.h>

#ifndef __MINNOW_U32_T
#define __MINNOW_U32_T
typedef uint32_t u32_t;
typedef uint16_t u16_t;
#endif

#define MFS_ROOT_INO 1            /* the root directory's inode */
#define MFS_NAME_MAX 59           /* longest name in a directory entry, in bytes */
#define MFS_MAX_BLOCK_SIZE 4096   /* the largest block size the code handles (FS.md: 1024..4096) */
#define MFS_LINK_MAX 0x7FFF       /* the most links an inode may have */

/* i_mode's file types (octal, as in <sys/stat.h>). */
#define I_TYPE 0170000
#define I_REGULAR 0100000
#define I_DIRECTORY 0040000
#define I_CHAR_SPECIAL 0020000
#define I_BLOCK_SPECIAL 0060000
#define I_NAMED_PIPE 0010000
#define I_SYMBOLIC_LINK 0120000
#define ALL_MODES 0007777

/* The device and the clock, installed by the caller. */
extern int (*fs_dev_io)(int write, u32_t block, void *buf, u32_t nblocks);
extern u32_t (*fs_clock)(void);   /* seconds since 1970 for time stamps; NULL means 0 */
extern u32_t mfs_block_size;      /* bytes per block of fs_dev_io's requests */

/* What mfs_stat reports of an inode. */
struct mfs_stat {
    u32_t ino;
    u32_t mode;      /* type and permission bits */
    u32_t nlinks;
    u32_t uid;
    u32_t gid;
    u32_t size;
    u32_t atime;
    u32_t mtime;
    u32_t ctime;
    u32_t rdev;      /* device number of a device inode (its zone 0), else 0 */
};

/* Mounting: read and check the superblock (-EINVAL when it is not a Minnow MINIX V3 one). */
int mfs_mount(void);
/* Write every dirty inode and block to the disk. */
int mfs_sync(void);
/* Sync, then forget the caches (-EBUSY when an inode is still held by mfs_get). */
int mfs_unmount(void);

/* Path lookup: `path` from directory `dir` (from the root when it starts with '/'). */
int mfs_lookup(u32_t dir, const char *path, u32_t *ino);
int mfs_stat(u32_t ino, struct mfs_stat *st);

/* Holding an inode (an open file): it and its contents live on after its last link goes,
 * until the last mfs_put. */
int mfs_get(u32_t ino);
int mfs_put(u32_t ino);

/* Contents: bytes moved (0 at the end of the file), or a negative errno. */
int mfs_read(u32_t ino, u32_t pos, void *buf, u32_t n);
int mfs_write(u32_t ino, u32_t pos, const void *buf, u32_t n);
int mfs_truncate(u32_t ino, u32_t size);

/* Directories: the next entry at or after byte *pos (1 with *ino and name filled, 0 at the end). */
int mfs_readdir(u32_t dir, u32_t *pos, u32_t *ino, char name[MFS_NAME_MAX + 1]);

/* Names. `mode` gives the permission bits; the type comes from the call. */
int mfs_create(u32_t dir, const char *name, u32_t mode, u32_t *ino);
int mfs_mkdir(u32_t dir, const char *name, u32_t mode, u32_t *ino);
int mfs_link(u32_t ino, u32_t dir, const char *name);
int mfs_unlink(u32_t dir, const char *name);
int mfs_rmdir(u32_t dir, const char *name);
int mfs_rename(u32_t old_dir, const char *old_name, u32_t new_dir, const char *new_name);

#endif
