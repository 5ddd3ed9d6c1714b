/*
 * manager.c: starting, ending and restarting services (MINIX's servers/rs/manager.c).
 *
 * A new instance: PM forks RS (PM_SRV_FORK: the child has no privileges and cannot run); RS
 * execs it from the copy of the executable it keeps in memory (SYS_EXEC; the kernel builds the
 * address space from RS's memory), gives it its own privileges (SYS_PRIVCTL SET_SYS with the
 * IRQs and device memory of its configuration, RS as its signal manager), lets it run (ALLOW),
 * sends it RS_INIT (asynchronously: RS never blocks on a service) and publishes label →
 * endpoint in DS. The service's sef answers RS_INIT when it has initialized.
 *
 * An instance ends through PM (PM_SRV_KILL), which also collects the status of one that
 * exited. A failed service is restarted at once the first time, later after
 * min(1 << restarts, 30) of its periods (the back-off), as MINIX's RS does.
 */
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <minix/callnr.h>
#include "rs.h"

/* The block SYS_PRIVCTL SET_SYS reads (the kernel's PrivBlock: 148 bytes). */
struct minnow_priv {
    int s_flags;
    int s_id;
    int s_init_flags;
    int s_trap_mask;
    uint32_t s_ipc_to[2];
    uint32_t s_k_call_mask[2];
    int s_sig_mgr;
    int priority;
    int quantum_ms;
    int s_nr_irq;
    int s_irq_tab[8];
    int s_nr_mem_range;
    uint32_t s_mem_tab[8][2];
};
_Static_assert(sizeof(struct minnow_priv) == 148, "the kernel's PrivBlock is 148 bytes");

#define PREEMPTIBLE 0x002
#define DYN_PRIV_ID 0x008
#define SYS_PROC    0x010
#define CHECK_IRQ   0x040
#define CHECK_MEM   0x080

/* Whether the DS service is up to take a request (RS must never wait on a dead or hung DS). */
static int ds_usable(void) {
    struct rproc *ds = rproc_by_label("ds");
    return ds != NULL && (ds->flags & RS_ACTIVE) && !(ds->flags & RS_NOPINGREPLY);
}

/* Publishes label → endpoint in DS, if DS can take it now (RS must never wait on a hung DS). */
void publish_label(struct rproc *rp) {
    if (ds_usable()) {
        ds_publish_label(rp->label, rp->endpoint, DSF_OVERWRITE);
    }
}

static int pm_request(int type, message *m) {
    m->m_type = type;
    int r = _sendrec(PM_PROC_NR, m);
    return r != OK ? r : m->m_type;
}

/* Ends the instance (or collects one that exited) through PM; *status the wait status. */
int stop_service(struct rproc *rp, int *status) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = rp->endpoint;
    m.m1_i2 = SIGKILL;
    int r = pm_request(PM_SRV_KILL, &m);
    if (status != NULL) {
        *status = r == OK ? m.m1_i2 : 0;
    }
    rp->flags &= ~(RS_ACTIVE | RS_INITIALIZING | RS_NOPINGREPLY);
    return r;
}

/* Has PM end a system process that is not one of RS's services (it exited or crashed). */
int end_unmanaged(endpoint_t ep) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = ep;
    m.m1_i2 = SIGKILL;
    return pm_request(PM_SRV_KILL, &m);
}

static void fill_priv(struct minnow_priv *p, const struct service_conf *conf) {
    memset(p, 0, sizeof(*p));
    p->s_flags = SYS_PROC | PREEMPTIBLE | DYN_PRIV_ID;
    p->s_trap_mask = -1;
    p->s_ipc_to[0] = p->s_ipc_to[1] = 0xffffffffu;
    p->s_k_call_mask[0] = conf->k_calls[0];
    p->s_k_call_mask[1] = conf->k_calls[1];
    p->s_sig_mgr = RS_PROC_NR;
    p->priority = -1;
    p->quantum_ms = -1;
    if (conf->nr_irq > 0) {
        p->s_flags |= CHECK_IRQ;
        p->s_nr_irq = conf->nr_irq;
        memcpy(p->s_irq_tab, conf->irq, sizeof(p->s_irq_tab));
    }
    if (conf->nr_mem > 0) {
        p->s_flags |= CHECK_MEM;
        p->s_nr_mem_range = conf->nr_mem;
        memcpy(p->s_mem_tab, conf->mem, sizeof(p->s_mem_tab));
    }
}

/* The argument block exec wants: "label\0arg\0...\0\0" from "label arg ...". */
static int exec_args(const char *line, char *block, int size) {
    int n = 0;
    const char *p = line;
    while (*p != '\0') {
        while (*p == ' ') {
            p++;
        }
        if (*p == '\0') {
            break;
        }
        while (*p != '\0' && *p != ' ' && n < size - 2) {
            block[n++] = *p++;
        }
        block[n++] = '\0';
    }
    block[n++] = '\0';
    return n;
}

/* Makes a new instance of rp, waiting for RS_INIT (send_init); OK or why not. */
int start_service(struct rproc *rp) {
    static struct minnow_priv priv;
    static char args[ARGS_MAX + 2];
    message m;
    if (rp->image == NULL) {
        return ESRCH;
    }
    memset(&m, 0, sizeof(m));
    int r = pm_request(PM_SRV_FORK, &m);
    if (r < 0) {
        return r;
    }
    endpoint_t child = m.m1_i1;
    int len = exec_args(rp->args, args, (int) sizeof(args));
    fill_priv(&priv, &rp->conf);
    r = sys_exec(child, rp->image->elf, rp->image->len, args, (size_t) len, rp->label);
    if (r == OK) {
        r = sys_privctl(child, SYS_PRIV_SET_SYS, &priv);
    }
    if (r == OK) {
        r = sys_privctl(child, SYS_PRIV_ALLOW, NULL);
    }
    rp->endpoint = child;
    if (r != OK) {
        stop_service(rp, NULL);
        rp->endpoint = NONE;
        return r;
    }
    rp->flags = (rp->flags & ~(RS_WAITING | RS_ACTIVE | RS_NOPINGREPLY)) | RS_IN_USE | RS_INITIALIZING;
    rp->alive_tm = rp->check_tm = rs_now();
    publish_label(rp); /* before RS_INIT, so the new instance may announce itself at once */
    return OK;
}

/*
 * Sends the new instance RS_INIT of init_type; RS reports the start before this, so its reports
 * precede anything the instance does. RS never waits: the answer comes by asynsend.
 */
void send_init(struct rproc *rp, int init_type) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = RS_INIT;
    m.m_u.m_rs_init.type = init_type;
    m.m_u.m_rs_init.old_endpoint = rp->old_endpoint;
    m.m_u.m_rs_init.restarts = rp->restarts;
    asynsend(rp->endpoint, &m);
}

/* RS_UP: a new service from "label arg ..."; its configuration from system.conf if any. */
int run_new_service(const char *line, int period) {
    char label[RS_MAX_LABEL_LEN];
    int n = 0;
    while (line[n] != '\0' && line[n] != ' ' && n < RS_MAX_LABEL_LEN - 1) {
        label[n] = line[n];
        n++;
    }
    label[n] = '\0';
    if (n == 0 || (line[n] != '\0' && line[n] != ' ')) {
        return EINVAL;
    }
    if (rproc_by_label(label) != NULL) {
        return EEXIST;
    }
    const struct rs_image *image = image_for(label);
    if (image == NULL) {
        return ESRCH;
    }
    struct rproc *rp = free_rproc();
    if (rp == NULL) {
        return ENOMEM;
    }
    memset(rp, 0, sizeof(*rp));
    const struct service_conf *conf = conf_of(label);
    if (conf != NULL) {
        rp->conf = *conf;
    } else {
        strcpy(rp->conf.label, label);
        rp->conf.k_calls[0] = rp->conf.k_calls[1] = 0xffffffffu;
    }
    strcpy(rp->label, label);
    strncpy(rp->args, line, ARGS_MAX - 1);
    rp->old_endpoint = NONE;
    rp->cause = "-";
    rp->period = period > 0 ? period : rp->conf.period > 0 ? rp->conf.period : DEFAULT_PERIOD;
    rp->image = image;
    rp->flags = RS_IN_USE;
    int r = start_service(rp);
    if (r != OK) {
        rp->flags = 0;
        return r;
    }
    report(RS_DIAG_START, "service=%s endpoint=%d restarts=0", rp->label, rp->endpoint);
    send_init(rp, SEF_INIT_FRESH);
    return OK;
}

/* A new instance now, in place of the one that ended (restart callback in the service). */
void restart_now(struct rproc *rp, const char *cause) {
    rp->restarts++;
    rp->cause = cause;
    int r = start_service(rp);
    if (r != OK) {
        /* No instance (no memory, no slot): try again after the back-off. */
        rp->flags = (rp->flags & ~RS_ACTIVE) | RS_WAITING;
        rp->pending_cause = cause;
        rp->backoff_until = rs_now() + (clock_t) MAX_BACKOFF * rp->period;
        return;
    }
    report(RS_DIAG_RESTART, "service=%s old=%d endpoint=%d restarts=%d cause=%s", rp->label, rp->old_endpoint,
           rp->endpoint, rp->restarts, cause);
    report(RS_DIAG_START, "service=%s endpoint=%d restarts=%d", rp->label, rp->endpoint, rp->restarts);
    send_init(rp, SEF_INIT_RESTART);
}

/*
 * rp's instance has died or must die (cause: crash, exit, hang): end it and restart it, at once
 * the first time, else after the back-off. A core service cannot be restarted: it stays dead.
 */
void service_failed(struct rproc *rp, const char *cause) {
    if (rp->endpoint != NONE && (rp->flags & (RS_ACTIVE | RS_INITIALIZING)) && !(rp->flags & RS_CORE)) {
        stop_service(rp, NULL); /* (a dead pm could not answer: RS leaves a core service alone) */
    }
    rp->old_endpoint = rp->endpoint;
    rp->endpoint = NONE;
    rp->flags &= ~(RS_ACTIVE | RS_INITIALIZING | RS_NOPINGREPLY);
    if (rp->image == NULL) {
        rp->cause = cause;
        rp->flags |= RS_WAITING;
        rp->backoff_until = (clock_t) -1; /* for ever */
        return;
    }
    if (rp->restarts == 0) {
        restart_now(rp, cause);
        return;
    }
    int shift = rp->restarts < 20 ? rp->restarts : 20;
    int periods = (1 << shift) < MAX_BACKOFF ? (1 << shift) : MAX_BACKOFF;
    rp->flags |= RS_WAITING;
    rp->pending_cause = cause;
    rp->backoff_until = rs_now() + (clock_t) periods * rp->period;
}
