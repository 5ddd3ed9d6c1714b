/*
 * request.c: the requests to RS (minix/rs.h), from the service command or any process, and a
 * new instance's answer to RS_INIT. Texts come from the caller's memory by SYS_VIRCOPY.
 */
#include <string.h>
#include <stdio.h>
#include "rs.h"

/* Copies the request's text (addr, len) into buf (NUL-terminated); OK or EINVAL/EFAULT. */
static int request_text(char *buf, int size) {
    int len = m_in.m_u.m_rs_req.len;
    if (len < 1 || len >= size) {
        return EINVAL;
    }
    int r = sys_vircopy(m_in.m_source, (vir_bytes) m_in.m_u.m_rs_req.addr, RS_PROC_NR, (vir_bytes) buf, (vir_bytes) len);
    buf[len] = '\0';
    return r;
}

/* The service the request names, or NULL (*r says why). */
static struct rproc *named_service(int *r) {
    char label[RS_MAX_LABEL_LEN];
    *r = request_text(label, (int) sizeof(label));
    if (*r != OK) {
        return NULL;
    }
    struct rproc *rp = rproc_by_label(label);
    *r = rp == NULL ? ESRCH : OK;
    return rp;
}

int do_up(void) {
    char line[ARGS_MAX];
    int r = request_text(line, (int) sizeof(line));
    if (r != OK) {
        return r;
    }
    return run_new_service(line, m_in.m_u.m_rs_req.period);
}

int do_down(void) {
    int r;
    struct rproc *rp = named_service(&r);
    if (rp == NULL) {
        return r;
    }
    if (rp->flags & RS_CORE) {
        return EPERM;
    }
    endpoint_t ep = rp->endpoint;
    if (ep != NONE && (rp->flags & (RS_ACTIVE | RS_INITIALIZING))) {
        stop_service(rp, NULL);
    }
    report(RS_DIAG_DOWN, "service=%s endpoint=%d", rp->label, ep == NONE ? -1 : ep);
    if (strcmp(rp->label, "ds") != 0 && rproc_by_label("ds") != NULL) {
        ds_delete_label(rp->label);
    }
    memset(rp, 0, sizeof(*rp));
    return OK;
}

int do_restart(void) {
    int r;
    struct rproc *rp = named_service(&r);
    if (rp == NULL) {
        return r;
    }
    if (rp->image == NULL) {
        return EPERM;
    }
    if (rp->endpoint != NONE && (rp->flags & (RS_ACTIVE | RS_INITIALIZING))) {
        stop_service(rp, NULL);
    }
    if (rp->endpoint != NONE) {
        rp->old_endpoint = rp->endpoint;
    }
    rp->endpoint = NONE;
    restart_now(rp, "request");
    return rp->endpoint == NONE ? EAGAIN : OK;
}

int do_lookup(void) {
    int r;
    struct rproc *rp = named_service(&r);
    if (rp == NULL) {
        return r;
    }
    if (rp->endpoint == NONE) {
        return ESRCH;
    }
    m_in.m_u.m_rs_req.endpoint = rp->endpoint;
    return OK;
}

int do_fi(void) {
    static const char *names[] = {"", "crash", "hang", "wild", "badipc"};
    int type = m_in.m_u.m_rs_req.subtype;
    if (type < RS_FI_CRASH || type > RS_FI_BADIPC) {
        return EINVAL;
    }
    int r;
    struct rproc *rp = named_service(&r);
    if (rp == NULL) {
        return r;
    }
    if (rp->endpoint == NONE || (rp->flags & RS_CORE)) {
        return EPERM; /* nothing running, or a service RS could not bring back */
    }
    report(RS_DIAG_FAULT_INJECTED, "service=%s type=%s", rp->label, names[type]);
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = RS_FI;
    m.m_u.m_rs_req.subtype = type;
    return asynsend(rp->endpoint, &m);
}

static const char *state_of(const struct rproc *rp) {
    if (rp->flags & RS_WAITING) {
        return rp->image == NULL ? "dead" : "waiting";
    }
    if (rp->flags & RS_INITIALIZING) {
        return "starting";
    }
    return "running";
}

int do_list(void) {
    static char table[2048];
    int n = 0;
    for (int i = 0; i < NR_SYS_PROCS; i++) {
        struct rproc *rp = &rproc[i];
        if (!(rp->flags & RS_IN_USE)) {
            continue;
        }
        int w = snprintf(table + n, sizeof(table) - (size_t) n, "%s %d %s %d %s %d\n", rp->label,
                         rp->endpoint == NONE ? -1 : rp->endpoint, state_of(rp), rp->restarts, rp->cause, rp->period);
        if (w < 0 || n + w >= (int) sizeof(table)) {
            return E2BIG;
        }
        n += w;
    }
    if (n > m_in.m_u.m_rs_req.len) {
        return E2BIG;
    }
    int r = sys_vircopy(RS_PROC_NR, (vir_bytes) table, m_in.m_source, (vir_bytes) m_in.m_u.m_rs_req.addr, (vir_bytes) n);
    return r != OK ? r : n;
}

/* A new instance has initialized (m_rs_init.result OK) or not (it exits; RS sees that). It
 * answered by asynsend, so it gets no reply. */
int do_init_reply(void) {
    struct rproc *rp = rproc_by_endpoint(m_in.m_source);
    if (rp != NULL && (rp->flags & RS_INITIALIZING) && m_in.m_u.m_rs_init.result == OK) {
        rp->flags = (rp->flags & ~RS_INITIALIZING) | RS_ACTIVE;
        rp->alive_tm = rp->check_tm = rs_now();
    }
    return EDONTREPLY;
}

/* RS_EXIT: the caller, a service, exits with status m1_i1: end it, and restart it if it is RS's. */
int do_exit(void) {
    struct rproc *rp = rproc_by_endpoint(m_in.m_source);
    if (rp == NULL) {
        return end_unmanaged(m_in.m_source) == OK ? EDONTREPLY : EPERM;
    }
    report(RS_DIAG_CRASH, "service=%s endpoint=%d cause=exit status=%d", rp->label, rp->endpoint, m_in.m1_i1 & 0xff);
    if (rp->flags & RS_CORE) {
        return EPERM; /* RS cannot end pm or vfs: let the kernel have it */
    }
    service_failed(rp, "exit");
    return EDONTREPLY;
}
