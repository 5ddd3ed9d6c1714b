/*
 * unistd.h: the POSIX system calls of processes and files. Each is a message to PM or VFS
 * (see minix/callnr.h); a negative reply becomes -1 with errno set.
 */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>
#include <sys/cdefs.h>

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

#ifndef NULL
#define NULL ((void *)0)
#endif

ssize_t read(int fd, void *buffer, size_t count);
ssize_t write(int fd, const void *buffer, size_t count);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int dup(int fd);
int dup2(int fd, int fd2);
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
int unlink(const char *path);
int rmdir(const char *path);
int chdir(const char *path);
int link(const char *path, const char *newpath);
void sync(void);
int access(const char *path, int mode);
int isatty(int fd);

pid_t getpid(void);
pid_t getppid(void);
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
void _exit(int status) __MINNOW_NORETURN;
int brk(void *address);
void *sbrk(intptr_t increment);
unsigned int sleep(unsigned int seconds);

#endif
