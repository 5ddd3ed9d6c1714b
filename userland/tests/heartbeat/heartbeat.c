/*
 * heartbeat.c: a stand-in for RS, for the system test HeartbeatTest: booted in RS's slot (2),
 * it pings each boot service with a notification, as RS does every period, and waits for the
 * answer that the services' sef_receive sends by itself; then it sends RS_INIT to the tty
 * driver, as RS will when it starts a service, and reads the answer. It reports on the
 * kernel's event stream (a system process's printf is a DIAG event).
 */
#include <stdio.h>
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>

static const struct { endpoint_t ep; const char *name; } services[] = {
    {PM_PROC_NR, "pm"},
    {VFS_PROC_NR, "vfs"},
    {TTY_PROC_NR, "tty"},
};

int main(void) {
    sef_startup();
    for (int round = 1; round <= 2; round++) {
        for (unsigned i = 0; i < sizeof(services) / sizeof(services[0]); i++) {
            message m;
            int status;
            _notify(services[i].ep);
            int r = _receive(services[i].ep, &m, &status);
            printf("heartbeat: round %d %s %s\n", round, services[i].name,
                   r == OK && is_ipc_notify(status) ? "answered" : "did not answer");
        }
    }
    message init;
    memset(&init, 0, sizeof(init));
    init.m_type = RS_INIT;
    init.m_u.m_rs_init.type = SEF_INIT_RESTART;
    init.m_u.m_rs_init.restarts = 1;
    int status;
    int r = _send(TTY_PROC_NR, &init);
    if (r == OK) {
        r = _receive(TTY_PROC_NR, &init, &status);
    }
    printf("heartbeat: RS_INIT to tty: %s, result %d\n",
           r == OK && init.m_type == RS_INIT ? "answered" : "not answered", init.m_u.m_rs_init.result);
    printf("heartbeat: done\n");
    for (;;) {
        message m;
        _receive(ANY, &m, NULL);
    }
}
