/*
 * main.c: the reincarnation server's main loop (MINIX's servers/rs/main.c). At start RS adopts
 * the boot-image services (table.c), reads /etc/system.conf when the file system has one
 * (config.c) and starts its services, and arms its alarm. Then it handles, in turn: its alarm
 * (CLOCK: check every service, heartbeat.c), the kernel's signals for services (SYSTEM: a
 * crash), heartbeat answers (a notification from a service), a new instance's RS_INIT answer,
 * and the requests of the service command (request.c).
 */
#include <string.h>
#include "rs.h"

message m_in;

clock_t rs_now(void) {
    clock_t uptime = 0;
    sys_times(RS_PROC_NR, NULL, NULL, &uptime);
    return uptime;
}

static int handle_request(void) {
    switch (m_in.m_type) {
    case RS_UP: return do_up();
    case RS_DOWN: return do_down();
    case RS_RESTART: return do_restart();
    case RS_LOOKUP: return do_lookup();
    case RS_FI: return do_fi();
    case RS_LIST: return do_list();
    case RS_INIT: return do_init_reply();
    case RS_EXIT: return do_exit();
    default: return ENOSYS;
    }
}

static void handle_notification(void) {
    if (m_in.m_source == CLOCK) {
        do_period((clock_t) m_in.m_u.m_notify.timestamp);
        sys_setalarm(RS_DELTA_T, 0);
        return;
    }
    if (m_in.m_source == SYSTEM) {
        sigs_pending();
        return;
    }
    struct rproc *rp = rproc_by_endpoint(m_in.m_source);
    if (rp != NULL) {
        rp->alive_tm = (clock_t) m_in.m_u.m_notify.timestamp; /* a heartbeat answer */
        rp->flags &= ~RS_NOPINGREPLY;
        if (rp->flags & RS_INITIALIZING) {
            /* only sef_receive answers pings: it is past sef_startup, so initialized */
            rp->flags = (rp->flags & ~RS_INITIALIZING) | RS_ACTIVE;
        }
    }
}

int main(void) {
    sef_startup();
    adopt_boot_services();
    read_system_conf("/etc/system.conf");
    sys_setalarm(RS_DELTA_T, 0);
    for (;;) {
        int status;
        if (sef_receive_status(ANY, &m_in, &status) != OK) {
            continue;
        }
        if (is_ipc_notify(status)) {
            handle_notification();
            continue;
        }
        int result = handle_request();
        if (result == EDONTREPLY) {
            continue;
        }
        m_in.m_type = result;
        _sendnb(m_in.m_source, &m_in);
    }
}
