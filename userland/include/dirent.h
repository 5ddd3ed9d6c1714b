/*
 * dirent.h: directories, read entry by entry (POSIX). getdents(fd, buf, size) fills buf with
 * whole struct dirent records (each d_reclen bytes) from the directory's position on and
 * returns the bytes filled (0 at the end); opendir/readdir/closedir are built on it.
 */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <stdint.h>
#include <sys/types.h>

#define DT_UNKNOWN 0
#define DT_CHR 2
#define DT_DIR 4
#define DT_REG 8

struct dirent {
    uint32_t d_ino;          /* the entry's inode */
    unsigned short d_reclen; /* bytes of this record */
    unsigned char d_type;    /* DT_UNKNOWN: VFS does not read each inode to say */
    unsigned char d_namlen;  /* bytes of the name, without the NUL */
    char d_name[60];         /* the name, NUL-terminated */
};

typedef struct {
    int dd_fd;
    int dd_next;             /* the next record in dd_buf */
    int dd_size;             /* bytes of records in dd_buf */
    char dd_buf[16 * sizeof(struct dirent)];
} DIR;

int getdents(int fd, char *buf, size_t size);
DIR *opendir(const char *path);
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);

#endif
