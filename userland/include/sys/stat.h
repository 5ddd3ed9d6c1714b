/*
 * sys/stat.h: file modes and struct stat (POSIX). The mode bits are MINIX's (and UNIX's).
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>

#define S_IFMT   0170000  /* type of file */
#define S_IFIFO  0010000  /* named pipe */
#define S_IFCHR  0020000  /* character device */
#define S_IFDIR  0040000  /* directory */
#define S_IFBLK  0060000  /* block device */
#define S_IFREG  0100000  /* regular file */
#define S_IFLNK  0120000  /* symbolic link */

#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 00700
#define S_IRUSR 00400
#define S_IWUSR 00200
#define S_IXUSR 00100
#define S_IRWXG 00070
#define S_IRGRP 00040
#define S_IWGRP 00020
#define S_IXGRP 00010
#define S_IRWXO 00007
#define S_IROTH 00004
#define S_IWOTH 00002
#define S_IXOTH 00001

#define S_ISREG(m)  (((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m)  (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m)  (((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m)  (((m) & S_IFMT) == S_IFBLK)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m)  (((m) & S_IFMT) == S_IFLNK)

struct stat {
    dev_t st_dev;        /* device of the file system */
    ino_t st_ino;        /* i-node number */
    mode_t st_mode;      /* type and permissions */
    nlink_t st_nlink;    /* number of links */
    uid_t st_uid;
    gid_t st_gid;
    dev_t st_rdev;       /* the device, for a device file */
    off_t st_size;       /* size in bytes */
    time_t st_atime;
    time_t st_mtime;
    time_t st_ctime;
    blksize_t st_blksize;
    blkcnt_t st_blocks;
};

int stat(const char *path, struct stat *buf);
int fstat(int fd, struct stat *buf);
int mkdir(const char *path, mode_t mode);

#endif
