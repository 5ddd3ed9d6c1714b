/*
 * sys/wait.h: waiting for children (PM_WAIT4) and reading their status. A status holds the exit
 * code in bits 8..15, or the signal that ended the process in bits 0..6 (as MINIX and UNIX).
 */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG 1

#define WIFEXITED(s)   (((s) & 0x7f) == 0)
#define WEXITSTATUS(s) (((s) >> 8) & 0xff)
#define WIFSIGNALED(s) (((s) & 0x7f) != 0)
#define WTERMSIG(s)    ((s) & 0x7f)
#define W_EXITCODE(code, sig) (((code) << 8) | (sig))

pid_t wait(int *status);
pid_t waitpid(pid_t pid, int *status, int options);

#endif
