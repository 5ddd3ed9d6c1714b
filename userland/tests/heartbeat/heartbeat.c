/*
 * heartbeat.c: a stand-in for RS, for the system test HeartbeatTest: booted in RS's slot (2),
 * it pings each boot service with a notification, as RS does every period, and waits for the
 * answer that the services' sef_receive sends by itself. It reports on the kernel's event
 * stream (a system process's printf is a DIAG event).
 */
#include <stdio.h>
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
    printf("heartbeat: done\n");
    for (;;) {
        message m;
        _receive(ANY, &m, NULL);
    }
}
