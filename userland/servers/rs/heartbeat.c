/*
 * heartbeat.c: RS's watch over the services (MINIX's do_period in servers/rs/request.c and
 * its signal handling). Every RS_DELTA_T ticks RS looks at each service: one whose back-off
 * has ended is restarted; one that has not answered a ping for more than twice its period is
 * hung: RS reports the missed heartbeat, kills it and restarts it; one due for a ping gets a
 * notification (its sef answers with one). A ping that cannot be delivered means the service
 * has exited. A new instance is pinged too: its answer shows it is past its initialization even
 * if its answer to RS_INIT was lost (a driver's CLEAR_IPC_REFS withdraws its own pending
 * asynchronous messages). Crashes come from the kernel: a fault in a service is a signal for RS, its
 * signal manager, announced by a notification from SYSTEM and fetched with SYS_GETKSIG.
 */
#include <signal.h>
#include <sys/wait.h>
#include "rs.h"

/* The service has gone without a signal (it called exit): collect its status and restart it. */
static void exited(struct rproc *rp) {
    int status = 0;
    endpoint_t ep = rp->endpoint;
    stop_service(rp, &status);
    report(RS_DIAG_CRASH, "service=%s endpoint=%d cause=exit status=%d", rp->label, ep, WEXITSTATUS(status));
    service_failed(rp, "exit");
}

static void check_service(struct rproc *rp, clock_t now) {
    if (rp->flags & RS_WAITING) {
        if (rp->backoff_until != (clock_t) -1 && now >= rp->backoff_until) {
            restart_now(rp, rp->pending_cause);
        }
        return;
    }
    if (rp->flags & RS_INITIALIZING) {
        /* alive_tm is the start until an answer comes: RS_INIT's, or a ping's (main.c) */
        if (now - rp->alive_tm > (clock_t) INIT_PERIODS * rp->period) {
            rp->flags |= RS_NOPINGREPLY;
            report(RS_DIAG_HEARTBEAT_MISSED, "service=%s endpoint=%d periods=%d", rp->label, rp->endpoint, INIT_PERIODS);
            service_failed(rp, "hang");
        } else if (now - rp->check_tm >= (clock_t) rp->period) {
            _notify(rp->endpoint);
            rp->check_tm = now;
        }
        return;
    }
    int outstanding = rp->alive_tm < rp->check_tm;
    if (outstanding && now - rp->alive_tm > (clock_t) 2 * rp->period && (rp->flags & RS_CORE)) {
        /* pm or vfs: RS cannot replace them, and must not wait on them: report once, go on pinging */
        if (!(rp->flags & RS_NOPINGREPLY)) {
            report(RS_DIAG_HEARTBEAT_MISSED, "service=%s endpoint=%d periods=%d", rp->label, rp->endpoint,
                   (int) ((now - rp->alive_tm) / rp->period));
        }
        rp->flags |= RS_NOPINGREPLY;
        rp->check_tm = now;
        rp->alive_tm = now - 1;
    } else if (outstanding && now - rp->alive_tm > (clock_t) 2 * rp->period) {
        rp->flags |= RS_NOPINGREPLY;
        report(RS_DIAG_HEARTBEAT_MISSED, "service=%s endpoint=%d periods=%d", rp->label, rp->endpoint,
               (int) ((now - rp->alive_tm) / rp->period));
        service_failed(rp, "hang");
    } else if (!outstanding && now - rp->check_tm >= (clock_t) rp->period) {
        if (_notify(rp->endpoint) != OK) {
            exited(rp);
            return;
        }
        rp->check_tm = now;
    }
}

void do_period(clock_t now) {
    for (int i = 0; i < NR_SYS_PROCS; i++) {
        struct rproc *rp = &rproc[i];
        if ((rp->flags & RS_IN_USE) && !(rp->flags & RS_CORE && rp->flags & RS_WAITING)) {
            check_service(rp, now);
        }
    }
}

/* Signals that end a service; the others (SIGCHLD, ...) are ignored. */
static int lethal(int sig) {
    return sig != SIGCHLD && sig != SIGKSIG && sig != SIGKSIGSM;
}

/* The kernel has signals for services: a lethal one is a crash. */
void sigs_pending(void) {
    for (;;) {
        endpoint_t ep;
        sigset_t map;
        if (sys_getksig(&ep, &map) != OK || ep == NONE) {
            return;
        }
        struct rproc *rp = rproc_by_endpoint(ep);
        int sig = 0;
        for (int s = 1; s <= _NSIG && sig == 0; s++) {
            if (sigismember(&map, s) == 1 && lethal(s)) {
                sig = s;
            }
        }
        if (sig == 0) {
            sys_endksig(ep);
            continue;
        }
        if (rp == NULL) {
            if (end_unmanaged(ep) != OK) {
                sys_endksig(ep); /* not PM's to end either: let it be */
            }
            continue;
        }
        report(RS_DIAG_CRASH, "service=%s endpoint=%d cause=signal signal=%d", rp->label, ep, sig);
        service_failed(rp, "crash");
    }
}
