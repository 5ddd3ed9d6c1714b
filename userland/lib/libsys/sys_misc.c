/*
 * sys_misc.c: the kernel calls about devices, time and information: interrupts (irqctl and its
 * MINIX shorthands), alarms, times, getinfo, and diagnostics into the kernel's event stream.
 */
#include <errno.h>
#include <string.h>
#include <minix/syslib.h>

int sys_irqctl(int request, int irq, int policy, int *hook_id) {
    message m;
    memset(&m, 0, sizeof(m));
    m.IRQ_REQUEST = (short) request;
    m.IRQ_VECTOR = (short) irq;
    m.IRQ_POLICY = policy;
    m.IRQ_HOOK_ID = *hook_id;
    int r = _kernel_call(SYS_IRQCTL, &m);
    if (r == OK && request == IRQ_SETPOLICY) {
        *hook_id = m.IRQ_HOOK_ID;
    }
    return r;
}

/* *hook_id in: the notify id (the bit wanted in the interrupt map); out: the kernel's hook id. */
int sys_irqsetpolicy(int irq, int policy, int *hook_id) {
    return sys_irqctl(IRQ_SETPOLICY, irq, policy, hook_id);
}

int sys_irqrmpolicy(int *hook_id) {
    return sys_irqctl(IRQ_RMPOLICY, 0, 0, hook_id);
}

int sys_irqenable(int *hook_id) {
    return sys_irqctl(IRQ_ENABLE, 0, 0, hook_id);
}

int sys_irqdisable(int *hook_id) {
    return sys_irqctl(IRQ_DISABLE, 0, 0, hook_id);
}

int sys_setalarm(clock_t ticks, int absolute) {
    message m;
    memset(&m, 0, sizeof(m));
    m.ALRM_EXP_TIME = (long) ticks;
    m.ALRM_ABS_TIME = absolute;
    return _kernel_call(SYS_SETALARM, &m);
}

int sys_times(endpoint_t proc, clock_t *user, clock_t *system, clock_t *uptime) {
    message m;
    memset(&m, 0, sizeof(m));
    m.T_ENDPT = proc;
    int r = _kernel_call(SYS_TIMES, &m);
    if (r == OK) {
        if (user != NULL) *user = (clock_t) m.T_USER_TIME;
        if (system != NULL) *system = (clock_t) m.T_SYSTEM_TIME;
        if (uptime != NULL) *uptime = (clock_t) m.T_BOOT_TICKS;
    }
    return r;
}

int sys_getinfo(int request, void *buffer, size_t len, endpoint_t proc) {
    message m;
    memset(&m, 0, sizeof(m));
    m.I_REQUEST = request;
    m.I_VAL_PTR = buffer;
    m.I_VAL_LEN = (int) len;
    m.I_VAL_LEN2_E = proc;
    return _kernel_call(SYS_GETINFO, &m);
}

int sys_getwhoami(endpoint_t *who, char *name, size_t len) {
    message m;
    memset(&m, 0, sizeof(m));
    m.I_REQUEST = GET_WHOAMI;
    int r = _kernel_call(SYS_GETINFO, &m);
    if (r == OK) {
        *who = m.GIWHO_EP;
        if (name != NULL && len > 0) {
            strncpy(name, m.GIWHO_NAME, len - 1);
            name[len - 1] = '\0';
        }
    }
    return r;
}

int sys_diagctl_diag(const char *text, int len, int tag) {
    message m;
    memset(&m, 0, sizeof(m));
    m.DIAGCTL_CODE = DIAGCTL_CODE_DIAG;
    m.DIAGCTL_ARG1 = (char *) text;
    m.DIAGCTL_ARG2 = len;
    m.DIAGCTL_ARG3 = tag;
    return _kernel_call(SYS_DIAGCTL, &m);
}
