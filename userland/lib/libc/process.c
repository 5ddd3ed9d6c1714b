/*
 * process.c: the system calls on processes, each a message to PM (minix/callnr.h): getpid,
 * getppid, fork, waitpid, kill, _exit, brk and sbrk, execve.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include "libc.h"

static int to_pm(int type, message *m) {
    return _syscall(PM_PROC_NR, type, (struct __minnow_message *) m);
}

pid_t getpid(void) {
    message m;
    memset(&m, 0, sizeof(m));
    return to_pm(PM_GETPID, &m);
}

pid_t getppid(void) {
    message m;
    memset(&m, 0, sizeof(m));
    if (to_pm(PM_GETPID, &m) < 0) {
        return -1;
    }
    return m.m1_i1;
}

pid_t fork(void) {
    message m;
    memset(&m, 0, sizeof(m));
    return to_pm(PM_FORK, &m);
}

int kill(pid_t pid, int sig) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = pid;
    m.m1_i2 = sig;
    return to_pm(PM_KILL, &m);
}

int raise(int sig) {
    return kill(getpid(), sig);
}

/* The arguments travel as one block "arg0\0arg1\0...\0\0" (the form SYS_EXEC takes). */
int execve(const char *path, char *const argv[], char *const envp[]) {
    (void) envp;
    char block[1024];
    size_t used = 0;
    for (int i = 0; argv[i] != NULL; i++) {
        size_t n = strlen(argv[i]) + 1;
        if (used + n + 1 > sizeof(block)) {
            errno = E2BIG;
            return -1;
        }
        memcpy(block + used, argv[i], n);
        used += n;
    }
    block[used++] = '\0';
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_p1 = (char *) path;
    m.m1_i1 = (int) strlen(path) + 1;
    m.m1_p2 = block;
    m.m1_i2 = (int) used;
    return to_pm(PM_EXEC, &m);
}

int execv(const char *path, char *const argv[]) {
    return execve(path, argv, NULL);
}

void _exit(int status) {
    if (__exit_hook != NULL) {
        __exit_hook(status);
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = status;
    to_pm(PM_EXIT, &m);
    for (;;) {
        /* PM does not answer an exit */
    }
}

/* Sets the break; a system process asks the kernel itself (hooks.c), others ask PM. */
static int set_break(void *address, void **now) {
    if (__brk_hook != NULL) {
        return __brk_hook(address, now);
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_p1 = address;
    m.m_type = PM_BRK;
    int r = _sendrec(PM_PROC_NR, &m);
    if (r == 0) {
        r = m.m_type;
    }
    *now = m.m1_p1;
    return r;
}

static char *current_break;

int brk(void *address) {
    void *now;
    int r = set_break(address, &now);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    current_break = now;
    return 0;
}

void *sbrk(intptr_t increment) {
    void *now;
    if (current_break == NULL) {
        if (set_break(NULL, &now) < 0) {
            errno = ENOMEM;
            return (void *) -1;
        }
        current_break = now;
    }
    char *old = current_break;
    if (increment == 0) {
        return old;
    }
    int r = set_break(old + increment, &now);
    if (r < 0) {
        errno = ENOMEM;
        return (void *) -1;
    }
    current_break = now;
    return old;
}

unsigned int sleep(unsigned int seconds) {
    (void) seconds; /* no timers for user processes yet */
    errno = ENOSYS;
    return seconds;
}

/* m1_i1 the pid (-1: any child), m1_i2 the options; reply: the child's pid, m1_i2 its status. */
pid_t waitpid(pid_t pid, int *status, int options) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = pid;
    m.m1_i2 = options;
    int r = to_pm(PM_WAIT4, &m);
    if (r > 0 && status != NULL) {
        *status = m.m1_i2;
    }
    return r;
}

pid_t wait(int *status) {
    return waitpid(-1, status, 0);
}
