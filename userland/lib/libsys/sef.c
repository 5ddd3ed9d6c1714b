/*
 * sef.c: the System Event Framework (MINIX's lib/libsys/sef*.c, the parts Minnow needs; the
 * contract is in minix/sef.h). sef_startup sends the process's heap, its stdout/stderr and its
 * exit straight to the kernel or RS (a server cannot ask PM or VFS for them: it may be PM or
 * VFS) and runs the init handshake with RS; sef_receive answers RS's heartbeat pings and
 * RS_INIT, and acts on its fault injection requests (sef_fi.c), by itself.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <minix/rs.h>
#include <minix/sef.h>
#include <minix/syslib.h>

int sef_pings_answered;

static sef_cb_init_t cb_fresh;
static sef_cb_init_t cb_restart;
static int last_init_type = SEF_INIT_FRESH;

/* sef_fi.c */
void sef_inject_fault(int type);

/* Provided by libc (lib/libc/hooks.c): where brk(), console output and exit of a system process go. */
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

/* A service that exits tells RS its status (RS ends it); failing that, the kernel (SYS_EXIT). */
static void exit_service(int status) {
    endpoint_t self = NONE;
    sys_getwhoami(&self, NULL, 0);
    if (self != RS_PROC_NR) {
        message m;
        memset(&m, 0, sizeof(m));
        m.m_type = RS_EXIT;
        m.m1_i1 = status;
        _sendrec(RS_PROC_NR, &m); /* comes back only if RS could not end this process */
    }
    sys_exit();
}

void sef_setcb_init_fresh(sef_cb_init_t cb) {
    cb_fresh = cb;
}

void sef_setcb_init_restart(sef_cb_init_t cb) {
    cb_restart = cb;
}

int sef_init_type(void) {
    return last_init_type;
}

static int run_init(sef_init_info_t *info) {
    sef_cb_init_t cb = info->type == SEF_INIT_RESTART ? cb_restart : cb_fresh;
    last_init_type = info->type;
    return cb == NULL ? OK : cb(info->type, info);
}

/* RS_INIT: run the callback of its type, then tell RS how it went (RS_INIT with the result). */
static int answer_init(message *m) {
    sef_init_info_t info;
    info.type = m->m_u.m_rs_init.type;
    info.old_endpoint = m->m_u.m_rs_init.old_endpoint;
    info.restarts = m->m_u.m_rs_init.restarts;
    int result = run_init(&info);
    message reply;
    memset(&reply, 0, sizeof(reply));
    reply.m_type = RS_INIT;
    reply.m_u.m_rs_init.result = result;
    reply.m_u.m_rs_init.type = info.type;
    asynsend(RS_PROC_NR, &reply);
    return result;
}

/* Whether RS started this process (a dynamic privilege id) rather than the kernel's boot image. */
static int started_by_rs(void) {
    message m;
    memset(&m, 0, sizeof(m));
    m.I_REQUEST = GET_WHOAMI;
    if (_kernel_call(SYS_GETINFO, &m) != OK) {
        return 0;
    }
    return (m.GIWHO_PRIVFLAGS & 0x008) != 0; /* DYN_PRIV_ID */
}

void sef_startup(void) {
    __brk_hook = brk_direct;
    __console_write_hook = console_to_kernel;
    __exit_hook = exit_service;
    int r;
    if (started_by_rs()) {
        message m;
        do {
            if (_receive(RS_PROC_NR, &m, NULL) != OK) {
                panic("sef: no RS_INIT from RS");
            }
        } while (m.m_type != RS_INIT);
        r = answer_init(&m);
    } else {
        sef_init_info_t info = {SEF_INIT_FRESH, NONE, 0};
        r = run_init(&info);
    }
    if (r != OK) {
        panic("sef: initialization failed: %d", r);
    }
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
        if (m->m_source == RS_PROC_NR && m->m_type == RS_FI) {
            sef_inject_fault(m->m_u.m_rs_req.subtype);
            continue;
        }
        if (status != NULL) {
            *status = st;
        }
        return OK;
    }
}
