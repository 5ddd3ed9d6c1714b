/*
 * sys_proc.c: the kernel calls about processes: fork, exec, clear, exit, kill, the signal
 * manager's getksig/endksig, privileges, IPC state and scheduling.
 */
#include <errno.h>
#include <string.h>
#include <minix/syslib.h>

int sys_fork(endpoint_t parent, int child_slot, endpoint_t *child, vir_bytes *msgaddr) {
    message m;
    memset(&m, 0, sizeof(m));
    m.PR_ENDPT = parent;
    m.PR_SLOT = child_slot;
    int r = _kernel_call(SYS_FORK, &m);
    if (r == OK) {
        *child = m.PR_ENDPT;
        if (msgaddr != NULL) {
            *msgaddr = (vir_bytes) m.PR_FORK_MSGADDR;
        }
    }
    return r;
}

int sys_exec(endpoint_t proc, const void *elf, size_t elf_len, const char *args, size_t args_len, const char *name) {
    message m;
    memset(&m, 0, sizeof(m));
    m.PR_ENDPT = proc;
    m.PR_ELF_PTR = (char *) elf;
    m.PR_ELF_LEN = (int) elf_len;
    m.PR_ARGS_PTR = (char *) args;
    m.PR_ARGS_LEN = (int) args_len;
    m.PR_NAME_PTR = (char *) name;
    return _kernel_call(SYS_EXEC, &m);
}

int sys_clear(endpoint_t proc, int status) {
    message m;
    memset(&m, 0, sizeof(m));
    m.PR_ENDPT = proc;
    m.PR_STATUS = status;
    return _kernel_call(SYS_CLEAR, &m);
}

int sys_exit(void) {
    message m;
    memset(&m, 0, sizeof(m));
    return _kernel_call(SYS_EXIT, &m);
}

int sys_kill(endpoint_t proc, int sig) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SIG_ENDPT = proc;
    m.SIG_NUMBER = sig;
    return _kernel_call(SYS_KILL, &m);
}

int sys_getksig(endpoint_t *proc, sigset_t *map) {
    message m;
    memset(&m, 0, sizeof(m));
    int r = _kernel_call(SYS_GETKSIG, &m);
    if (r == OK) {
        *proc = m.SIG_ENDPT;
        map->__bits[0] = m.SIG_MAP[0];
        map->__bits[1] = m.SIG_MAP[1];
    }
    return r;
}

int sys_endksig(endpoint_t proc) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SIG_ENDPT = proc;
    return _kernel_call(SYS_ENDKSIG, &m);
}

/*
 * Makes proc run handler(sig) on its stack, returning to trampoline (SYS_SIGSEND). If proc waits
 * for the caller's answer, it gets one of type answer first.
 */
int sys_sigsend(endpoint_t proc, int sig, vir_bytes handler, vir_bytes trampoline, int answer) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SIG_ENDPT = proc;
    m.SIG_NUMBER = sig;
    m.SIG_HANDLER = (int) handler;
    m.SIG_RETURN = (long) trampoline;
    m.SIG_ANSWER = answer;
    return _kernel_call(SYS_SIGSEND, &m);
}

/* Puts proc back where the signal found it, from the frame SYS_SIGSEND pushed (SYS_SIGRETURN). */
int sys_sigreturn(endpoint_t proc, vir_bytes frame) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SIG_ENDPT = proc;
    m.SIG_CTXT_PTR = (char *) frame;
    return _kernel_call(SYS_SIGRETURN, &m);
}

int sys_privctl(endpoint_t proc, int request, void *arg) {
    message m;
    memset(&m, 0, sizeof(m));
    m.CTL_ENDPT = proc;
    m.CTL_REQUEST = request;
    m.CTL_ARG_PTR = arg;
    return _kernel_call(SYS_PRIVCTL, &m);
}

int sys_statectl(int request) {
    message m;
    memset(&m, 0, sizeof(m));
    m.CTL_REQUEST = request;
    return _kernel_call(SYS_STATECTL, &m);
}

int sys_schedctl(int flags, endpoint_t proc, int priority, int quantum_ms) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SCHEDCTL_FLAGS = flags;
    m.SCHEDCTL_ENDPOINT = proc;
    m.SCHEDCTL_PRIORITY = (short) priority;
    m.SCHEDCTL_QUANTUM = quantum_ms;
    return _kernel_call(SYS_SCHEDCTL, &m);
}
