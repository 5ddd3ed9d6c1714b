/*
 * sef.c: the System Event Framework (MINIX's lib/libsys/sef*.c, the parts Minnow needs now).
 * sef_startup sends the process's heap, its stdout/stderr and its exit straight to the kernel (a server
 * cannot ask PM or VFS for them: it may be PM or VFS); sef_receive answers RS's heartbeat
 * pings and RS_INIT by itself.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>

int sef_pings_answered;
static sef_cb_init_t init_callback;
static int last_init_type = SEF_INIT_FRESH;

void sef_setcb_init(sef_cb_init_t cb) {
    init_callback = cb;
}

int sef_init_type(void) {
    return last_init_type;
}

/* RS_INIT: run the callback, then tell RS how it went (RS_INIT with the result). */
static void answer_init(message *m) {
    int type = m->m_u.m_rs_init.type;
    int result = init_callback != NULL ? init_callback(type, m->m_u.m_rs_init.restarts) : OK;
    last_init_type = type;
    message reply;
    memset(&reply, 0, sizeof(reply));
    reply.m_type = RS_INIT;
    reply.m_u.m_rs_init.result = result;
    reply.m_u.m_rs_init.type = type;
    asynsend(RS_PROC_NR, &reply);
}

/* Provided by libc (lib/libc/hooks.c): where brk() and console output of a system process go. */
extern int (*__brk_hook)(void *address, void **now);
extern int (*__console_write_hook)(const char *text, int len);
extern void (*__exit_hook)(int status);

static int brk_direct(void *address, void **now) {
    vir_bytes b = 0;
    int r = sys_vmctl_brk(SELF, (vir_bytes) address, &b);
    *now = (void *) b;
    return r;
}

/* A system process's printf goes to the kernel's event stream as DIAG text (tag 0). */
static int console_to_kernel(const char *text, int len) {
    int done = 0;
    while (done < len) {
        int n = len - done > 256 ? 256 : len - done;
        if (sys_diagctl_diag(text + done, n, 0) != OK) {
            return -1;
        }
        done += n;
    }
    return len;
}

/* A service that exits tells the kernel (SYS_EXIT), which tells its signal manager, RS. */
static void exit_to_kernel(int status) {
    (void) status;
    sys_exit();
}

void sef_startup(void) {
    __brk_hook = brk_direct;
    __console_write_hook = console_to_kernel;
    __exit_hook = exit_to_kernel;
}

int sef_receive_status(endpoint_t src, message *m, int *status) {
    for (;;) {
        int st = 0;
        int r = _receive(src, m, &st);
        if (r != OK) {
            return r;
        }
        if (m->m_source == RS_PROC_NR && is_ipc_notify(st)) {
            _notify(RS_PROC_NR); /* the heartbeat: "still alive" */
            sef_pings_answered++;
            continue;
        }
        if (m->m_source == RS_PROC_NR && m->m_type == RS_INIT) {
            answer_init(m);
            continue;
        }
        if (status != NULL) {
            *status = st;
        }
        return OK;
    }
}
